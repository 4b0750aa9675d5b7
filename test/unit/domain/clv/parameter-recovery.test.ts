import { describe, expect, it } from 'vitest';
import { fitPurchaseModel, logLikelihood, type PurchaseModel } from '../../../../lib/domain/clv/bgnbd.js';
import { simulatePopulation } from '../../../../lib/domain/clv/simulate.js';

// Chi-square with 4 degrees of freedom, 99.9 % quantile: the likelihood-ratio statistic of a correct fit
// against the true parameters exceeds it once in a thousand data sets.
const CHI2_4DF_999 = 18.47;

describe('fitPurchaseModel on simulated populations', () => {
  const truth = { r: 0.75, alpha: 6, a: 0.8, b: 2.5 };
  // A cohort acquired over a year, observed until week 78: ages 26 … 78 weeks.
  const ages = Array.from({ length: 27 }, (_, i) => 26 + 2 * i);

  // Sampling SDs of the estimates for this design (60 replicate data sets; no bias seen): BG/NBD r 2 %,
  // alpha 4 %, a 7 %, b 11 %; MBG/NBD r 7 %, alpha 6 %, a 9 %, b 15 %; mean rate r / alpha 2–3 %. The bounds
  // are about four SDs, so the likelihood-ratio check below is the sharper test of the fit.
  const tolerances = {
    bgnbd: { r: 0.1, alpha: 0.15, a: 0.3, b: 0.45 },
    mbgnbd: { r: 0.3, alpha: 0.25, a: 0.35, b: 0.6 },
  };

  it.each(['bgnbd', 'mbgnbd'] as PurchaseModel[])(
    'recovers the %s parameters of 5,000 simulated customers within sampling error',
    (model) => {
      const customers = simulatePopulation(truth, { customers: 5000, ages, seed: 20240601, model });

      const fit = fitPurchaseModel(customers, { model });

      for (const name of ['r', 'alpha', 'a', 'b'] as const) {
        expect(Math.abs(fit.params[name] / truth[name] - 1), name).toBeLessThan(tolerances[model][name]);
      }
      const meanRate = fit.params.r / fit.params.alpha / (truth.r / truth.alpha);
      expect(Math.abs(meanRate - 1), 'mean purchase rate r / alpha').toBeLessThan(0.1);
      const likelihoodRatio = 2 * (fit.logLikelihood - logLikelihood(truth, customers, model));
      expect(likelihoodRatio).toBeGreaterThanOrEqual(0);
      expect(likelihoodRatio).toBeLessThan(CHI2_4DF_999);
    },
  );

  it('tells the models apart: each fits its own simulated data better than the other one does', () => {
    const customers = simulatePopulation(
      { r: 0.75, alpha: 6, a: 0.8, b: 0.8 },
      { customers: 5000, ages, seed: 7, model: 'mbgnbd' },
    );

    const own = fitPurchaseModel(customers, { model: 'mbgnbd' });
    const other = fitPurchaseModel(customers, { model: 'bgnbd' });

    expect(own.logLikelihood).toBeGreaterThan(other.logLikelihood + 10);
  });
});
