import { conditionalExpectedSpend } from '../clv/gamma-gamma.js';
import { discountedPurchaseValue } from '../clv/lifetime-value.js';
import { defaultPopulation } from './population.js';
import type { EstimateLifetime } from './score-guest.js';

/**
 * Expected profit over the next 12 months: the purchase model's expected stays month by month,
 * times the expected profit per stay (Gamma-Gamma once fitted, the guest's own mean before),
 * each month discounted at the tenant's annual rate. Time is in weeks.
 */
export const estimateLifetime: EstimateLifetime = (history, meanProfitPerStay, population, config) => {
  try {
    return estimateWith(history, meanProfitPerStay, population, config);
  } catch {
    // Parameters a model cannot evaluate for this history (a series that will not converge)
    // must not stop a guest from being scored: the default population's parameters can.
    return estimateWith(history, meanProfitPerStay, { ...population, purchase: defaultPopulation.purchase }, config);
  }
};

const estimateWith: EstimateLifetime = (history, meanProfitPerStay, population, config) => {
  const model = config.purchaseModel;
  const spend =
    population.spend && history.x > 0 && meanProfitPerStay > 0
      ? conditionalExpectedSpend(population.spend, history.x, meanProfitPerStay)
      : meanProfitPerStay;
  const { value, expectedPurchases, probabilityAlive } = discountedPurchaseValue(population.purchase, history, spend, {
    horizon: 52,
    periods: 12,
    discountRatePerPeriod: (1 + config.annualDiscountRate) ** (1 / 12) - 1,
    model,
  });
  return {
    expectedStays12m: expectedPurchases,
    // The valuation already computed it; asking probabilityAlive again would repeat its log-Beta terms.
    pAlive: probabilityAlive,
    value12m: value,
  };
};
