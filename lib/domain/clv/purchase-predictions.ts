/**
 * Predictions of the BG/NBD and MBG/NBD purchase models (Fader, Hardie & Lee 2005, eqs. 7–10; Batislam,
 * Denizel & Filiztekin 2007). Both models share one building block: a customer who is alive, with purchase
 * rate λ ~ Gamma(r', α') and dropout probability p ~ Beta(a, b'), makes E[(1 − e^(−λpt)) / p] purchases in
 * the next t, which integrates to {@link aliveExpectation}.
 */
import gammaln from '@stdlib/math-base-special-gammaln';
import { logHyp2f1 } from './hypergeometric.js';
import {
  assertPositiveParams,
  assertValidHistory,
  dropoutChances,
  logDropoutParts,
  logLikelihoodParts,
  type CustomerHistory,
  type PurchaseModel,
  type PurchaseModelParams,
} from './purchase-terms.js';

/**
 * E[(1 − e^(−λpt)) / p] for λ ~ Gamma(r, alpha), p ~ Beta(a, b):
 * (a+b−1)/(a−1) · [1 − (α/(α+t))^r · 2F1(r, b; a+b−1; t/(α+t))], with the power and 2F1 combined in logs.
 */
function aliveExpectation(r: number, alpha: number, a: number, b: number, t: number): number {
  if (t === 0) return 0;
  // The closed form has a removable singularity at a = 1; average the two sides instead of dividing by 0.
  if (Math.abs(a - 1) < 1e-7)
    return (aliveExpectation(r, alpha, 1 - 1e-5, b, t) + aliveExpectation(r, alpha, 1 + 1e-5, b, t)) / 2;
  const z = t / (alpha + t);
  const f = logHyp2f1(r, b, a + b - 1, z);
  const remaining = f.sign * Math.exp(f.log - r * Math.log1p(t / alpha));
  return ((a + b - 1) / (a - 1)) * (1 - remaining);
}

/**
 * P(alive at T | x, tx, T): the alive part of the customer's likelihood over the whole.
 * Exactly 1 for x = 0 under BG/NBD (no dropout chance yet); below 1 under MBG/NBD.
 */
export function probabilityAlive(params: PurchaseModelParams, customer: CustomerHistory, model: PurchaseModel): number {
  assertPositiveParams(params);
  assertValidHistory(customer);
  const { alive, dropout } = logLikelihoodParts(params, customer, model);
  return 1 / (1 + Math.exp(dropout - alive));
}

/**
 * E[Y(t) | x, tx, T]: expected purchases in the next t by a customer with this history. If alive, the
 * posterior is λ ~ Gamma(r+x, α+T) and p ~ Beta(a, b+m) after m survived dropout chances.
 */
export function conditionalExpectedPurchases(
  params: PurchaseModelParams,
  t: number,
  customer: CustomerHistory,
  model: PurchaseModel,
): number {
  assertNonNegative(t, 't');
  const { r, alpha, a, b } = params;
  const { x, T } = customer;
  const alive = probabilityAlive(params, customer, model);
  return alive * aliveExpectation(r + x, alpha + T, a, b + dropoutChances(x, model), t);
}

/** {@link conditionalExpectedPurchasesAt}: P(alive) and the expected purchases by each horizon. */
export interface PurchaseOutlook {
  probabilityAlive: number;
  /** E[Y(t) | x, tx, T] for each t of the horizons, in their order. */
  expectedPurchases: number[];
}

/**
 * {@link conditionalExpectedPurchases} at several horizons at once, equal to it at each: P(alive) (a
 * likelihood of several log-Beta terms) and the posterior do not depend on t, so they are computed once
 * instead of once per horizon; only the 2F1 series remains per horizon. P(alive) is answered too.
 */
export function conditionalExpectedPurchasesAt(
  params: PurchaseModelParams,
  horizons: readonly number[],
  customer: CustomerHistory,
  model: PurchaseModel,
): PurchaseOutlook {
  for (const t of horizons) assertNonNegative(t, 't');
  const { r, alpha, a, b } = params;
  const { x, T } = customer;
  const alive = probabilityAlive(params, customer, model);
  // After m survived dropout chances the posterior of p is Beta(a, b + m), whatever the horizon.
  const posteriorB = b + dropoutChances(x, model);
  const expected = new Array<number>(horizons.length);
  for (let i = 0; i < horizons.length; i += 1) {
    expected[i] = alive * aliveExpectation(r + x, alpha + T, a, posteriorB, horizons[i]!);
  }
  return { probabilityAlive: alive, expectedPurchases: expected };
}

/**
 * E[X(t)]: expected repeat purchases in (0, t] of a new customer. That is the conditional expectation for
 * the history x = tx = T = 0: under MBG/NBD it includes the chance of dropping out at the first purchase.
 */
export function expectedPurchases(params: PurchaseModelParams, t: number, model: PurchaseModel): number {
  return conditionalExpectedPurchases(params, t, { x: 0, tx: 0, T: 0 }, model);
}

/**
 * P(X(t) = n) for a new customer: alive after n purchases and no more by t, or dropped out right after the
 * n-th purchase (which needs at least n Poisson events by t; MBG/NBD also allows dropping out at n = 0).
 */
export function probabilityOfPurchases(
  params: PurchaseModelParams,
  t: number,
  n: number,
  model: PurchaseModel,
): number {
  assertPositiveParams(params);
  assertNonNegative(t, 't');
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a non-negative integer, got ${n}`);
  if (t === 0) return n === 0 ? 1 : 0;
  const { r, alpha } = params;
  // N(t), the purchases of the process without dropout, is negative binomial: NB(r, q = t / (α + t)).
  const negativeBinomial = { r, logQ: Math.log(t / (alpha + t)), logP0: -r * Math.log1p(t / alpha) };
  const { alive, dropout } = logDropoutParts(params, n, model);
  const logPmfAtN = gammaln(r + n) - gammaln(r) - gammaln(n + 1) + negativeBinomial.logP0 + n * negativeBinomial.logQ;
  const stayed = Math.exp(alive + logPmfAtN);
  const left = dropout === -Infinity ? 0 : Math.exp(dropout) * negativeBinomialTail(n, negativeBinomial);
  return stayed + left;
}

/**
 * P(N ≥ n) for N ~ NB(r, q), summed from whichever side avoids subtracting from 1 a number close to 1. The pmf
 * follows the recursion P(j+1) = P(j) (r+j) / (j+1) q, kept in logs so that no term underflows early.
 */
function negativeBinomialTail(n: number, nb: { r: number; logQ: number; logP0: number }): number {
  const step = (j: number): number => Math.log((nb.r + j) / (j + 1)) + nb.logQ;
  let logPmf = nb.logP0;
  let below = 0;
  for (let j = 0; j < n; j += 1, logPmf += step(j - 1)) below += Math.exp(logPmf);
  if (below <= 0.5) return 1 - below;
  let above = 0;
  // Past the mode the pmf only decreases, so a negligible term ends the sum.
  const mode = nb.r > 1 ? Math.floor(((nb.r - 1) * Math.exp(nb.logQ)) / -Math.expm1(nb.logQ)) : 0;
  for (let j = n; j < n + 10_000_000; j += 1, logPmf += step(j - 1)) {
    const term = Math.exp(logPmf);
    above += term;
    if (j > mode && term <= 1e-17 * above) break;
  }
  return above;
}

function assertNonNegative(value: number, name: string): void {
  if (!(value >= 0) || !Number.isFinite(value)) throw new RangeError(`${name} must be a non-negative number`);
}
