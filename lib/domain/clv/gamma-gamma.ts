/**
 * Gamma-Gamma model of spend per transaction (Fader, Hardie & Lee 2005, "RFM and CLV"; Fader & Hardie,
 * "The Gamma-Gamma Model of Monetary Value"): each transaction value is Gamma(p, ν), and the customer's ν is
 * Gamma(q, v) across customers. The mean z̄ of x transactions then satisfies x z̄ ~ Gamma(px, ν).
 */
import gammaln from '@stdlib/math-base-special-gammaln';
import { minimize } from './optimize.js';
import { assertPositiveParams } from './purchase-terms.js';

/** Shape p of a transaction's value, shape q and scale v of the customers' ν (the note's γ). */
export interface SpendParams {
  p: number;
  q: number;
  v: number;
}

/** A customer's number of repeat transactions x and their mean value. */
export interface SpendHistory {
  x: number;
  meanSpend: number;
}

/** A maximum-likelihood fit of the spend model. */
export interface SpendModelFit {
  params: SpendParams;
  logLikelihood: number;
}

/**
 * log f(z̄ | x) = log Γ(px+q) − log Γ(px) − log Γ(q) + q log v + px log x + (px−1) log z̄ − (px+q) log(v + x z̄),
 * the density of the mean after ν is integrated out (Fader & Hardie's note, eq. 3).
 */
function spendLogLikelihood(params: SpendParams, customers: readonly SpendHistory[]): number {
  const { p, q, v } = params;
  const perFrequency = new Map<number, number>();
  let total = 0;
  for (const { x, meanSpend } of customers) {
    // The Gamma function terms depend on x only, and few distinct x occur.
    let constant = perFrequency.get(x);
    if (constant === undefined) {
      constant = gammaln(p * x + q) - gammaln(p * x) - gammaln(q) + q * Math.log(v) + p * x * Math.log(x);
      perFrequency.set(x, constant);
    }
    total += constant + (p * x - 1) * Math.log(meanSpend) - (p * x + q) * Math.log(v + x * meanSpend);
  }
  return total;
}

/**
 * Maximum-likelihood fit on the customers with at least one repeat transaction (x = 0 carries no spend
 * information), by Nelder–Mead over log-parameters.
 * @throws RangeError when no customer has x > 0, or one with x > 0 has a mean spend that is not positive.
 */
export function fitSpendModel(customers: readonly SpendHistory[]): SpendModelFit {
  const repeat = customers.filter((customer) => customer.x > 0);
  if (repeat.length === 0) throw new RangeError('cannot fit the spend model: no customer with x > 0');
  for (const { x, meanSpend } of repeat) {
    if (!(meanSpend > 0) || !Number.isFinite(meanSpend) || !Number.isFinite(x)) {
      throw new RangeError(`mean spend must be positive for a customer with x > 0, got x=${x}, ${meanSpend}`);
    }
  }
  const toParams = (y: number[]): SpendParams => {
    const [p = NaN, q = NaN, v = NaN] = y.map(Math.exp);
    return { p, q, v };
  };
  const meanOfMeans = repeat.reduce((sum, { meanSpend }) => sum + meanSpend, 0) / repeat.length;
  // Start with p = 1, q = 2, so that the implied population mean v·p/(q−1) equals the observed mean spend.
  const start = [0, Math.log(2), Math.log(meanOfMeans)];
  const best = minimize((y) => -spendLogLikelihood(toParams(y), repeat) / repeat.length, start);
  const params = toParams(best.x);
  return { params, logLikelihood: spendLogLikelihood(params, repeat) };
}

/**
 * E[M | x, z̄]: the customer's expected spend per transaction, a weighted mean of the population mean
 * v·p/(q−1) and the customer's own z̄, the weight on z̄ growing with x: (v + x z̄) · p / (px + q − 1).
 * For x = 0 this is the population mean (z̄ is then ignored). Requires q > 1 for x = 0.
 */
export function conditionalExpectedSpend(params: SpendParams, x: number, meanSpend: number): number {
  assertPositiveParams(params);
  const { p, q, v } = params;
  if (!(x >= 0)) throw new RangeError(`x must be non-negative, got ${x}`);
  const denominator = p * x + q - 1;
  if (!(denominator > 0)) throw new RangeError('expected spend is infinite: p·x + q must exceed 1');
  return ((v + (x > 0 ? x * meanSpend : 0)) * p) / denominator;
}
