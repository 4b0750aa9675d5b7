/**
 * Calibration/holdout comparison for the CDNOW data (Fader, Hardie & Lee 2005, fig. 4): actual against
 * predicted mean repeat purchases in the holdout period, grouped by the number of repeat purchases in the
 * calibration period. Pure functions; reading files and fitting happen in holdout.ts.
 */
import type { CustomerHistory } from '../domain/clv/bgnbd.js';

/** One row of CDNOW_sample.txt. */
export interface Transaction {
  /** Sample id 1…2357, the ID of the summary files. */
  customer: number;
  /** Purchase date as YYYYMMDD. */
  date: string;
  cds: number;
  dollars: number;
}

/**
 * Parses CDNOW_sample.txt: whitespace-separated master id, sample id, date YYYYMMDD, CDs, dollars; no header.
 * @throws Error with the line number for a row that does not have that shape.
 */
export function parseCdnowTransactions(text: string): Transaction[] {
  const transactions: Transaction[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const fields = raw.trim().split(/\s+/);
    if (fields.length === 1 && fields[0] === '') return;
    const [, customer, date, cds, dollars] = fields;
    const row = { customer: Number(customer), date: date ?? '', cds: Number(cds), dollars: Number(dollars) };
    if (
      fields.length !== 5 ||
      !/^\d{8}$/.test(row.date) ||
      ![row.customer, row.cds, row.dollars].every(Number.isFinite)
    ) {
      throw new Error(`line ${index + 1}: expected "master-id sample-id YYYYMMDD cds dollars", got "${raw.trim()}"`);
    }
    transactions.push(row);
  });
  return transactions;
}

/**
 * Purchase days per customer between `from` and `to` (YYYYMMDD, both inclusive). Several rows on one day
 * are one purchase, as in the summary files.
 */
export function countPurchaseDays(transactions: readonly Transaction[], from: string, to: string): Map<number, number> {
  const days = new Map<number, Set<string>>();
  for (const { customer, date } of transactions) {
    if (date < from || date > to) continue;
    let set = days.get(customer);
    if (!set) days.set(customer, (set = new Set()));
    set.add(date);
  }
  return new Map([...days].map(([customer, set]) => [customer, set.size]));
}

/** A prediction of holdout purchases from a calibration history, under a label (e.g. the model name). */
export interface Predictor {
  label: string;
  predict: (calibration: CustomerHistory) => number;
}

/** Customers with one calibration frequency (or the open class "7+"), and their holdout purchases. */
export interface HoldoutRow {
  frequency: string;
  customers: number;
  actualTotal: number;
  actualMean: number;
  /** Per predictor, in the order given. */
  predictedTotal: number[];
  predictedMean: number[];
}

/**
 * Groups customers by calibration frequency 0, 1, …, `openClassFrom` − 1 and `openClassFrom`+, and sums actual
 * and predicted holdout purchases per group. Empty groups are kept, with NaN means.
 */
export function buildHoldoutTable(
  customers: readonly { calibration: CustomerHistory; actual: number }[],
  predictors: readonly Predictor[],
  openClassFrom = 7,
): HoldoutRow[] {
  const rows: HoldoutRow[] = Array.from({ length: openClassFrom + 1 }, (_, k) => ({
    frequency: k === openClassFrom ? `${k}+` : String(k),
    customers: 0,
    actualTotal: 0,
    actualMean: NaN,
    predictedTotal: predictors.map(() => 0),
    predictedMean: [],
  }));
  for (const { calibration, actual } of customers) {
    const row = rows[Math.min(calibration.x, openClassFrom)]!;
    row.customers += 1;
    row.actualTotal += actual;
    predictors.forEach((predictor, i) => (row.predictedTotal[i]! += predictor.predict(calibration)));
  }
  for (const row of rows) {
    row.actualMean = row.actualTotal / row.customers;
    row.predictedMean = row.predictedTotal.map((total) => total / row.customers);
  }
  return rows;
}

/** The table in Markdown, with a final row over all customers. */
export function renderHoldoutTable(rows: readonly HoldoutRow[], labels: readonly string[]): string {
  const sum = (values: number[]): number => values.reduce((total, value) => total + value, 0);
  const customers = sum(rows.map((row) => row.customers));
  const actual = sum(rows.map((row) => row.actualTotal));
  const predicted = labels.map((_, i) => sum(rows.map((row) => row.predictedTotal[i]!)));
  const line = (cells: (string | number)[]): string => `| ${cells.join(' | ')} |`;
  return [
    line(['calibration x', 'customers', 'actual mean', ...labels.map((label) => `${label} mean`)]),
    line(['---:', '---:', '---:', ...labels.map(() => '---:')]),
    ...rows.map((row) =>
      line([row.frequency, row.customers, row.actualMean.toFixed(3), ...row.predictedMean.map((m) => m.toFixed(3))]),
    ),
    line([
      '**all**',
      customers,
      (actual / customers).toFixed(3),
      ...predicted.map((total) => (total / customers).toFixed(3)),
    ]),
    line(['**total purchases**', '', actual, ...predicted.map((total) => total.toFixed(1))]),
  ].join('\n');
}
