import { readFileSync } from 'node:fs';
import { cdnowDataDirectory } from '../../../../lib/clv/cdnow-data.js';
import { parseCustomerCsv, type CustomerSummaries } from '../../../../lib/clv/csv.js';

/** The CDNOW data: ../shared/data/clv next to the repository, else its copy in test/fixtures/cdnow. */
export const cdnowDataDir = cdnowDataDirectory();

export function readCdnow(file: string): string {
  return readFileSync(`${cdnowDataDir}${file}`, 'utf8');
}

export function readCdnowSummary(
  file: 'cdnow_customers_summary.csv' | 'cdnow_customers_summary_with_transactions.csv',
): CustomerSummaries {
  return parseCustomerCsv(readCdnow(file));
}

/**
 * E[f(p, 1 − p)] for p ~ Beta(a, b), by tanh-sinh quadrature of both ∫ f·p^(a−1)(1−p)^(b−1) and
 * ∫ p^(a−1)(1−p)^(b−1): the substitution p = 1 / (1 + e^(−π sinh s)) copes with the endpoint singularities of
 * the density for a or b below 1, and passing 1 − p separately keeps it accurate near p = 1.
 */
export function betaExpectation(f: (p: number, q: number) => number, a: number, b: number): number {
  let weighted = 0;
  let total = 0;
  const step = 1 / 128;
  for (let s = -6; s <= 6; s += step) {
    const e = Math.PI * Math.sinh(s);
    const p = 1 / (1 + Math.exp(-e));
    const q = 1 / (1 + Math.exp(e));
    if (p === 0 || q === 0) continue;
    // dp/ds = π cosh(s) p q; the density is combined in logs so that tiny p^(a−1) does not overflow.
    const weight = Math.exp(Math.log(Math.PI * Math.cosh(s)) + a * Math.log(p) + b * Math.log(q));
    weighted += weight * f(p, q);
    total += weight;
  }
  return weighted / total;
}
