/**
 * BG/NBD purchase model (Fader, Hardie & Lee 2005, "Counting Your Customers the Easy Way") and its MBG/NBD
 * variant (Batislam, Denizel & Filiztekin 2007): likelihood and maximum-likelihood fit. The predictions
 * (expected purchases, P(alive), P(X(t) = n)) live in purchase-predictions.ts and are re-exported here.
 */
import { minimize } from './optimize.js';
import {
  assertPositiveParams,
  assertValidHistory,
  logAddExp,
  logCommonFactor,
  logDropoutParts,
  type CustomerHistory,
  type PurchaseModel,
  type PurchaseModelParams,
} from './purchase-terms.js';

export type { CustomerHistory, PurchaseModel, PurchaseModelParams } from './purchase-terms.js';
export type { PurchaseOutlook } from './purchase-predictions.js';
export {
  conditionalExpectedPurchases,
  conditionalExpectedPurchasesAt,
  expectedPurchases,
  probabilityAlive,
  probabilityOfPurchases,
} from './purchase-predictions.js';

/** Customers sharing one x, with identical (tx, T) rows merged into a count. */
interface SameFrequency {
  x: number;
  tx: number[];
  T: number[];
  count: number[];
}

/** Groups by x (the Beta and Gamma function terms depend on x only) and merges identical rows. */
function aggregate(customers: readonly CustomerHistory[]): SameFrequency[] {
  const rows = new Map<string, { customer: CustomerHistory; count: number }>();
  for (const customer of customers) {
    assertValidHistory(customer);
    const key = `${customer.x}|${customer.tx}|${customer.T}`;
    const row = rows.get(key);
    if (row) row.count += 1;
    else rows.set(key, { customer, count: 1 });
  }
  const groups = new Map<number, SameFrequency>();
  for (const { customer, count } of rows.values()) {
    let group = groups.get(customer.x);
    if (!group) groups.set(customer.x, (group = { x: customer.x, tx: [], T: [], count: [] }));
    group.tx.push(customer.tx);
    group.T.push(customer.T);
    group.count.push(count);
  }
  return [...groups.values()];
}

function aggregatedLogLikelihood(params: PurchaseModelParams, groups: SameFrequency[], model: PurchaseModel): number {
  const { r, alpha } = params;
  let total = 0;
  for (const { x, tx, T, count } of groups) {
    const common = logCommonFactor(params, x);
    const { alive, dropout } = logDropoutParts(params, x, model);
    for (let i = 0; i < count.length; i += 1) {
      const aliveTerm = alive - (r + x) * Math.log(alpha + T[i]!);
      const dropoutTerm = dropout - (r + x) * Math.log(alpha + tx[i]!);
      total += count[i]! * (common + logAddExp(aliveTerm, dropoutTerm));
    }
  }
  return total;
}

/**
 * Log-likelihood of the customers' histories under the BG/NBD or MBG/NBD model (sum over customers).
 * @throws RangeError for non-positive parameters or an impossible history (tx > T, negative x, …).
 */
export function logLikelihood(
  params: PurchaseModelParams,
  customers: readonly CustomerHistory[],
  model: PurchaseModel,
): number {
  assertPositiveParams(params);
  return aggregatedLogLikelihood(params, aggregate(customers), model);
}

/** A maximum-likelihood fit of the purchase model. */
export interface PurchaseModelFit {
  params: PurchaseModelParams;
  logLikelihood: number;
  model: PurchaseModel;
}

const fromLog = (y: number[]): PurchaseModelParams => {
  const [r = NaN, alpha = NaN, a = NaN, b = NaN] = y.map(Math.exp);
  return { r, alpha, a, b };
};

/**
 * Maximum-likelihood fit by Nelder–Mead over the logarithms of the parameters (so they stay positive),
 * restarted from each optimum. The default start, r = 1, a = 1, b = 2 and alpha giving the observed mean
 * repeat-purchase rate, lies in the basin of the optimum for data sets like CDNOW.
 * @throws RangeError for an empty data set or an impossible history.
 */
export function fitPurchaseModel(
  customers: readonly CustomerHistory[],
  options: { model: PurchaseModel; initial?: PurchaseModelParams },
): PurchaseModelFit {
  const { model } = options;
  if (customers.length === 0) throw new RangeError('cannot fit a purchase model to no customers');
  const groups = aggregate(customers);
  const initial = options.initial ?? defaultInitial(customers);
  assertPositiveParams(initial);
  // Per-customer scale keeps the optimiser's absolute tolerance meaningful whatever the data set size.
  const objective = (y: number[]): number => -aggregatedLogLikelihood(fromLog(y), groups, model) / customers.length;
  const start = [initial.r, initial.alpha, initial.a, initial.b].map(Math.log);
  const best = minimize(objective, start);
  const params = fromLog(best.x);
  return { params, logLikelihood: aggregatedLogLikelihood(params, groups, model), model };
}

function defaultInitial(customers: readonly CustomerHistory[]): PurchaseModelParams {
  let purchases = 0;
  let exposure = 0;
  for (const { x, T } of customers) {
    purchases += x;
    exposure += T;
  }
  // With r = 1 the mean purchase rate is 1 / alpha.
  const alpha = purchases > 0 && exposure > 0 ? exposure / purchases : 1;
  return { r: 1, alpha, a: 1, b: 2 };
}
