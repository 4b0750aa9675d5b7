import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const besideTheRepository = fileURLToPath(new URL('../../../shared/data/clv/', import.meta.url));
const inTheRepository = fileURLToPath(new URL('../../test/fixtures/cdnow/', import.meta.url));

/**
 * Where the CDNOW purchase data is read from: `../shared/data/clv/` next to the repository when it
 * is there (the source), else the copy of the four files the tests and the bench use, kept in
 * `test/fixtures/cdnow/`, so a bare clone checks the models on the same data.
 */
export function cdnowDataDirectory(): string {
  return existsSync(`${besideTheRepository}cdnow_customers_summary.csv`) ? besideTheRepository : inTheRepository;
}
