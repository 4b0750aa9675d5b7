/**
 * Expected customer lifetime value: the purchase model says how many purchases to expect when, the spend
 * model how much each is worth. Summing per period lets each period's purchases be discounted by its own
 * factor, which a single horizon-wide expectation could not do.
 */
import {
  conditionalExpectedPurchases,
  type CustomerHistory,
  type PurchaseModel,
  type PurchaseModelParams,
} from './bgnbd.js';
import { conditionalExpectedSpend, type SpendParams } from './gamma-gamma.js';

/** How to value the future purchases. */
export interface ExpectedValueOptions {
  /** Length of the future window, in the unit of the customer histories (e.g. weeks). */
  horizon: number;
  /** Discount rate per period: a purchase in period i (1-based) counts 1 / (1 + rate)^i. */
  discountRatePerPeriod: number;
  /** Number of equal periods the horizon is split into. */
  periods: number;
  model: PurchaseModel;
  /** Share of spend that is profit; 1 (the default) values revenue. */
  margin?: number;
}

/**
 * Expected discounted value of a customer's purchases over the horizon, for a given value per purchase:
 * Σ_i margin · spend · (E[Y(i·h) | history] − E[Y((i−1)·h) | history]) / (1 + d)^i, with h = horizon / periods.
 * Purchases are discounted at the end of the period they fall in.
 * @throws RangeError for a non-positive horizon, a non-integer or non-positive number of periods, or a
 * discount rate of −100 % or less.
 */
export function discountedPurchaseValue(
  purchaseParams: PurchaseModelParams,
  customer: CustomerHistory,
  spendPerPurchase: number,
  options: ExpectedValueOptions,
): { value: number; expectedPurchases: number } {
  const { horizon, discountRatePerPeriod, periods, model, margin = 1 } = options;
  if (!(horizon > 0) || !Number.isFinite(horizon)) throw new RangeError('horizon must be a positive number');
  if (!Number.isInteger(periods) || periods < 1) throw new RangeError('periods must be a positive integer');
  if (!(discountRatePerPeriod > -1)) throw new RangeError('discountRatePerPeriod must exceed −1');
  const step = horizon / periods;
  let value = 0;
  let purchasesSoFar = 0;
  for (let i = 1; i <= periods; i += 1) {
    const purchasesByEnd = conditionalExpectedPurchases(purchaseParams, i * step, customer, model);
    value += ((purchasesByEnd - purchasesSoFar) * spendPerPurchase * margin) / (1 + discountRatePerPeriod) ** i;
    purchasesSoFar = purchasesByEnd;
  }
  return { value, expectedPurchases: purchasesSoFar };
}

/**
 * Expected discounted profit from a customer over the horizon, valuing each purchase at the Gamma-Gamma
 * conditional expected spend (taken as independent of the number of purchases, as that model assumes).
 */
export function expectedValue(
  purchaseParams: PurchaseModelParams,
  spendParams: SpendParams,
  customer: CustomerHistory & { meanSpend: number },
  options: ExpectedValueOptions,
): number {
  const spend = conditionalExpectedSpend(spendParams, customer.x, customer.meanSpend);
  return discountedPurchaseValue(purchaseParams, customer, spend, options).value;
}
