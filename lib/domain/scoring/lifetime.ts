import { conditionalExpectedPurchases, probabilityAlive } from '../clv/bgnbd.js';
import { conditionalExpectedSpend } from '../clv/gamma-gamma.js';
import type { EstimateLifetime } from './score-guest.js';

const weeksPerYear = 52;
const months = 12;

/**
 * Expected profit over the next 12 months: the purchase model's expected stays month by month,
 * times the expected profit per stay (Gamma-Gamma once fitted, the guest's own mean before),
 * each month discounted at the tenant's annual rate.
 */
export const estimateLifetime: EstimateLifetime = (history, meanProfitPerStay, population, config) => {
  const model = config.purchaseModel;
  const spend =
    population.spend && history.x > 0 && meanProfitPerStay > 0
      ? conditionalExpectedSpend(population.spend, history.x, meanProfitPerStay)
      : meanProfitPerStay;
  const monthlyDiscount = (1 + config.annualDiscountRate) ** (1 / months) - 1;
  let value = 0;
  let before = 0;
  for (let month = 1; month <= months; month += 1) {
    const expected = conditionalExpectedPurchases(population.purchase, (weeksPerYear * month) / months, history, model);
    value += ((expected - before) * spend) / (1 + monthlyDiscount) ** month;
    before = expected;
  }
  return {
    expectedStays12m: before,
    pAlive: probabilityAlive(population.purchase, history, model),
    value12m: value,
  };
};
