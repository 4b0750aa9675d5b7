import gammaln from '@stdlib/math-base-special-gammaln';
import { describe, expect, it } from 'vitest';
import { conditionalExpectedSpend, fitSpendModel, type SpendHistory } from '../../../../lib/domain/clv/gamma-gamma.js';
import { sampleGamma, seededUniform } from '../../../../lib/domain/clv/simulate.js';
import { readCdnowSummary } from './support.js';

describe('fitSpendModel', () => {
  it('reproduces the published Gamma-Gamma estimates on CDNOW (p = 6.25, q = 3.74, v = 15.44)', () => {
    const { spend } = readCdnowSummary('cdnow_customers_summary_with_transactions.csv');

    const { params } = fitSpendModel(spend!);

    expect(params.p / 6.25 - 1).toBeCloseTo(0, 2);
    expect(params.q / 3.74 - 1).toBeCloseTo(0, 2);
    expect(params.v / 15.44 - 1).toBeCloseTo(0, 2);
  });

  it('recovers the parameters of 3,000 simulated customers and ignores those without repeat purchases', () => {
    const truth = { p: 5, q: 3, v: 20 };
    const uniform = seededUniform(99);
    const customers: SpendHistory[] = Array.from({ length: 3000 }, (_, i) => {
      const x = i % 10;
      const nu = sampleGamma(uniform, truth.q, truth.v);
      const spends = Array.from({ length: x }, () => sampleGamma(uniform, truth.p, nu));
      return { x, meanSpend: x > 0 ? spends.reduce((s, z) => s + z, 0) / x : 0 };
    });

    const { params } = fitSpendModel(customers);

    // Sampling error of this design is a few per cent; 15 % leaves room without hiding a wrong likelihood.
    for (const name of ['p', 'q', 'v'] as const) {
      expect(Math.abs(params[name] / truth[name] - 1), name).toBeLessThan(0.15);
    }
  });

  it('reports the log-likelihood of the density of z̄ obtained by integrating ν out numerically', () => {
    const customers = [
      { x: 1, meanSpend: 12 },
      { x: 2, meanSpend: 30 },
      { x: 5, meanSpend: 22 },
      { x: 3, meanSpend: 80 },
      { x: 1, meanSpend: 45 },
    ];

    const { params, logLikelihood } = fitSpendModel(customers);

    // Density of z̄ given ν: x z̄ ~ Gamma(px, ν), so f(z̄) = x·Gamma(x z̄; px, ν); ν ~ Gamma(q, v).
    const logGammaDensity = (y: number, shape: number, rate: number): number =>
      shape * Math.log(rate) + (shape - 1) * Math.log(y) - rate * y - gammaln(shape);
    const numeric = customers.reduce((sum, { x, meanSpend }) => {
      let density = 0;
      const step = 1e-4;
      for (let nu = step / 2; nu < 10; nu += step) {
        const log =
          logGammaDensity(x * meanSpend, params.p * x, nu) + Math.log(x) + logGammaDensity(nu, params.q, params.v);
        density += Math.exp(log) * step;
      }
      return sum + Math.log(density);
    }, 0);
    expect(logLikelihood).toBeCloseTo(numeric, 5);
  });

  it('rejects a customer with repeat purchases but no positive spend', () => {
    expect(() => fitSpendModel([{ x: 2, meanSpend: 0 }])).toThrow(RangeError);
  });
});

describe('conditionalExpectedSpend', () => {
  const params = { p: 6.25, q: 3.74, v: 15.44 };

  it('is the mean of p / ν over the posterior of ν, integrated numerically', () => {
    const [x, meanSpend] = [4, 50];
    // Posterior of ν: prior Gamma(q, v) times the likelihood of x·z̄ ~ Gamma(px, ν).
    const logPosterior = (nu: number): number =>
      (params.p * x + params.q - 1) * Math.log(nu) - nu * (params.v + x * meanSpend);
    let weighted = 0;
    let total = 0;
    for (let nu = 1e-5; nu < 2; nu += 1e-5) {
      const density = Math.exp(logPosterior(nu) - logPosterior(0.1));
      weighted += (params.p / nu) * density;
      total += density;
    }

    expect(conditionalExpectedSpend(params, x, meanSpend)).toBeCloseTo(weighted / total, 6);
  });

  it('falls back to the population mean v·p / (q − 1) for a customer without repeat purchases', () => {
    expect(conditionalExpectedSpend(params, 0, 0)).toBeCloseTo((params.v * params.p) / (params.q - 1), 12);
  });

  it('moves towards the customer’s own mean as the number of purchases grows', () => {
    const populationMean = conditionalExpectedSpend(params, 0, 0);
    const ownMean = 100;
    const gaps = [1, 10, 100].map((x) => Math.abs(conditionalExpectedSpend(params, x, ownMean) - ownMean));

    expect(gaps[0]).toBeLessThan(Math.abs(populationMean - ownMean));
    expect(gaps[1]).toBeLessThan(gaps[0]!);
    expect(gaps[2]).toBeLessThan(gaps[1]!);
  });
});
