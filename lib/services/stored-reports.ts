import { NotFoundError } from '../domain/errors.js';
import type { RecalculationRepository } from '../store/recalculation-repository.js';

/** A report the scheduled job computed and stored: reading one is one call. */
export async function storedReport(recalc: RecalculationRepository, tenant: string, name: 'PARETO' | 'TIERS') {
  const report = await recalc.readReport(tenant, name);
  if (!report) throw new NotFoundError('no recalculation has run yet; start one with POST /v1/admin/recalculations');
  return report;
}
