import gammaln from '@stdlib/math-base-special-gammaln';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  conditionalExpectedPurchases,
  expectedPurchases,
  fitPurchaseModel,
  logLikelihood,
  probabilityAlive,
  type CustomerHistory,
  type PurchaseModel,
  type PurchaseModelFit,
  type PurchaseModelParams,
} from '../../../../lib/domain/clv/bgnbd.js';
import { betaExpectation, readCdnowSummary } from './support.js';

/**
 * The model's story integrated directly: λ analytically (Gamma–Poisson), p numerically over its Beta prior.
 * Shares no formula with the library: no Beta functions, no 2F1.
 */
function integrate(params: PurchaseModelParams, customer: CustomerHistory, model: PurchaseModel, t = 0) {
  const { r, alpha, a, b } = params;
  const { x, tx, T } = customer;
  const m = model === 'mbgnbd' ? x + 1 : x;
  // E[λ^x e^(−λ s)] relative to its value at s = T.
  const relative = (s: number): number => Math.exp((r + x) * (Math.log(alpha + T) - Math.log(alpha + s)));
  const aliveMass = betaExpectation((_, q) => q ** m, a, b);
  const dropoutMass = m > 0 ? betaExpectation((p, q) => p * q ** (m - 1), a, b) * relative(tx) : 0;
  // Alive: E[(1 − e^(−λ p t)) / p] future purchases, with λ integrated against the posterior shape.
  const future = betaExpectation(
    (p, q) => (q ** m * -Math.expm1(-(r + x) * Math.log1p((p * t) / (alpha + T)))) / p,
    a,
    b,
  );
  const logCommon = gammaln(r + x) - gammaln(r) + r * Math.log(alpha) - (r + x) * Math.log(alpha + T);
  return {
    probabilityAlive: aliveMass / (aliveMass + dropoutMass),
    expected: future / (aliveMass + dropoutMass),
    logLikelihood: logCommon + Math.log(aliveMass + dropoutMass),
  };
}

const models: PurchaseModel[] = ['bgnbd', 'mbgnbd'];
let cdnow: CustomerHistory[];
const fits = {} as Record<PurchaseModel, PurchaseModelFit>;

beforeAll(() => {
  cdnow = readCdnowSummary('cdnow_customers_summary.csv').customers;
  for (const model of models) fits[model] = fitPurchaseModel(cdnow, { model });
});

describe('fitPurchaseModel on the CDNOW calibration data', () => {
  it('reproduces the published BG/NBD estimates and log-likelihood of Fader, Hardie & Lee (2005)', () => {
    const { params, logLikelihood: ll } = fits.bgnbd;
    const published = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
    for (const [name, value] of Object.entries(published)) {
      expect(params[name as keyof PurchaseModelParams] / value - 1, name).toBeCloseTo(0, 2);
    }
    expect(Math.abs(ll - -9582.4)).toBeLessThan(0.1);
  });

  it.each(models)(
    'stops at a local maximum of the %s likelihood (no 1 % step in any parameter improves it)',
    (model) => {
      const { params, logLikelihood: ll } = fits[model];
      expect(ll).toBeCloseTo(logLikelihood(params, cdnow, model), 8);
      for (const name of ['r', 'alpha', 'a', 'b'] as const) {
        for (const factor of [0.99, 1.01]) {
          expect(logLikelihood({ ...params, [name]: params[name] * factor }, cdnow, model)).toBeLessThan(ll);
        }
      }
    },
  );

  it('lands on the same optimum from a distant start', () => {
    const distant = fitPurchaseModel(cdnow, { model: 'bgnbd', initial: { r: 5, alpha: 0.5, a: 0.2, b: 10 } });
    expect(distant.logLikelihood).toBeCloseTo(fits.bgnbd.logLikelihood, 4);
    expect(distant.params.b / fits.bgnbd.params.b - 1).toBeCloseTo(0, 3);
  });
});

describe('logLikelihood', () => {
  const params = { r: 0.5, alpha: 6, a: 0.9, b: 1.6 };
  const customers = [
    { x: 0, tx: 0, T: 38.86 },
    { x: 1, tx: 1.71, T: 38.86 },
    { x: 7, tx: 29.43, T: 35.71 },
  ];

  it.each(models)('matches the %s story integrated numerically, customer by customer', (model) => {
    for (const customer of customers) {
      expect(logLikelihood(params, [customer], model)).toBeCloseTo(integrate(params, customer, model).logLikelihood, 9);
    }
  });

  it('rejects a history whose last purchase lies after the end of the period', () => {
    expect(() => logLikelihood(params, [{ x: 2, tx: 40, T: 38 }], 'bgnbd')).toThrow(RangeError);
  });
});

describe('predictions with the CDNOW fit', () => {
  const sample = [
    { x: 2, tx: 30.43, T: 38.86 },
    { x: 0, tx: 0, T: 38.86 },
    { x: 1, tx: 1.71, T: 38.86 },
    { x: 29, tx: 37.43, T: 38.86 },
    { x: 6, tx: 10.14, T: 32.14 },
  ];

  it.each(models)('%s: P(alive) and E[Y(39) | history] agree with direct integration', (model) => {
    const { params } = fits[model];
    for (const customer of sample) {
      const direct = integrate(params, customer, model, 39);
      expect(probabilityAlive(params, customer, model)).toBeCloseTo(direct.probabilityAlive, 8);
      expect(conditionalExpectedPurchases(params, 39, customer, model)).toBeCloseTo(direct.expected, 7);
    }
  });

  it('gives the value lifetimes documents for customer 1 (x=2, tx=30.43, T=38.86): 1.226 purchases in 39 weeks', () => {
    expect(conditionalExpectedPurchases(fits.bgnbd.params, 39, sample[0]!, 'bgnbd')).toBeCloseTo(1.226, 3);
  });

  it.each(models)('%s: E[X(t)] of a new customer agrees with direct integration for t = 1 … 520 weeks', (model) => {
    const { params } = fits[model];
    for (const t of [1, 39, 78, 520]) {
      const direct = integrate(params, { x: 0, tx: 0, T: 0 }, model, t).expected;
      expect(expectedPurchases(params, t, model) / direct - 1).toBeCloseTo(0, 8);
    }
  });

  it('keeps P(alive) within [0, 1] for every CDNOW customer under both models', () => {
    for (const model of models) {
      const values = cdnow.map((customer) => probabilityAlive(fits[model].params, customer, model));
      expect(values.every((p) => p >= 0 && p <= 1)).toBe(true);
    }
  });

  it('gives one-time buyers P(alive) = 1 under BG/NBD but below 1 under MBG/NBD', () => {
    const oneTime = { x: 0, tx: 0, T: 38.86 };
    expect(probabilityAlive(fits.bgnbd.params, oneTime, 'bgnbd')).toBe(1);
    expect(probabilityAlive(fits.mbgnbd.params, oneTime, 'mbgnbd')).toBeLessThan(0.99);
  });
});

describe('numerical stability for heavy buyers', () => {
  const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

  it.each(models)('%s: 500 purchases with the last one just before T give finite, integrable results', (model) => {
    const customer = { x: 500, tx: 99.9, T: 100 };
    const direct = integrate(params, customer, model, 39);
    const ll = logLikelihood(params, [customer], model);
    expect(Number.isFinite(ll)).toBe(true);
    expect(ll).toBeCloseTo(direct.logLikelihood, 6);
    expect(probabilityAlive(params, customer, model)).toBeCloseTo(direct.probabilityAlive, 8);
    expect(conditionalExpectedPurchases(params, 39, customer, model) / direct.expected - 1).toBeCloseTo(0, 6);
  });

  it('gives a long-silent heavy buyer a tiny but valid P(alive) and expectation', () => {
    const customer = { x: 500, tx: 10, T: 100 };
    const alive = probabilityAlive(params, customer, 'bgnbd');
    const expected = conditionalExpectedPurchases(params, 39, customer, 'bgnbd');
    expect(alive).toBeGreaterThanOrEqual(0);
    expect(alive).toBeLessThan(1e-100);
    expect(Number.isNaN(expected)).toBe(false);
    expect(expected).toBeGreaterThanOrEqual(0);
  });
});
