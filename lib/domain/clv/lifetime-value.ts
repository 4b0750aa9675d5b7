/**
 * Expected customer lifetime value: the purchase model says how many purchases to expect when, the spend
 * model how much each is worth. Summing per period lets each period's purchases be discounted by its own
 * factor, which a single horizon-wide expectation could not do.
 */
import {
  conditionalExpectedPurchasesAt,
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
 * Purchases are discounted at the end of the period they fall in. P(alive | history) comes with it.
 * @throws RangeError for a non-positive horizon, a non-integer or non-positive number of periods, or a
 * discount rate of −100 % or less.
 */
export function discountedPurchaseValue(
  purchaseParams: PurchaseModelParams,
  customer: CustomerHistory,
  spendPerPurchase: number,
  options: ExpectedValueOptions,
): { value: number; expectedPurchases: number; probabilityAlive: number } {
  const { horizon, discountRatePerPeriod, periods, model, margin = 1 } = options;
  if (!(horizon > 0) || !Number.isFinite(horizon)) throw new RangeError('horizon must be a positive number');
  if (!Number.isInteger(periods) || periods < 1) throw new RangeError('periods must be a positive integer');
  if (!(discountRatePerPeriod > -1)) throw new RangeError('discountRatePerPeriod must exceed −1');
  const { periodEnds, discountDivisors } = scheduleOf(horizon, periods, discountRatePerPeriod);
  // One call for all period ends: P(alive) is computed once per customer, not once per period.
  const outlook = conditionalExpectedPurchasesAt(purchaseParams, periodEnds, customer, model);
  let value = 0;
  let purchasesSoFar = 0;
  for (let i = 0; i < periods; i += 1) {
    const purchasesByEnd = outlook.expectedPurchases[i]!;
    value += ((purchasesByEnd - purchasesSoFar) * spendPerPurchase * margin) / discountDivisors[i]!;
    purchasesSoFar = purchasesByEnd;
  }
  return { value, expectedPurchases: purchasesSoFar, probabilityAlive: outlook.probabilityAlive };
}

interface Schedule {
  horizon: number;
  periods: number;
  discountRatePerPeriod: number;
  /** i·h for period i = 1 … periods. */
  periodEnds: readonly number[];
  /** (1 + d)^i for period i = 1 … periods. */
  discountDivisors: readonly number[];
}

let lastSchedule: Schedule | undefined;

/**
 * The period ends and discount divisors of a valuation, kept for the next call: a population is valued
 * with one set of options, so they are computed once per population instead of once per customer.
 */
function scheduleOf(horizon: number, periods: number, discountRatePerPeriod: number): Schedule {
  const last = lastSchedule;
  if (
    last &&
    last.horizon === horizon &&
    last.periods === periods &&
    last.discountRatePerPeriod === discountRatePerPeriod
  )
    return last;
  const step = horizon / periods;
  const schedule: Schedule = {
    horizon,
    periods,
    discountRatePerPeriod,
    periodEnds: Array.from({ length: periods }, (_, index) => (index + 1) * step),
    discountDivisors: Array.from({ length: periods }, (_, index) => (1 + discountRatePerPeriod) ** (index + 1)),
  };
  lastSchedule = schedule;
  return schedule;
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
