import { describe, expect, it } from 'vitest';
import { expectedPurchases, probabilityOfPurchases, type PurchaseModel } from '../../../../lib/domain/clv/bgnbd.js';

const cdnowFit = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

/** P(X(t) = n) for n = 0 … until the remaining mass is negligible. */
function distribution(model: PurchaseModel, t: number, params = cdnowFit): number[] {
  const probabilities: number[] = [];
  let mass = 0;
  for (let n = 0; mass < 1 - 1e-13 && n < 20_000; n += 1) {
    probabilities.push(probabilityOfPurchases(params, t, n, model));
    mass += probabilities[n]!;
  }
  return probabilities;
}

describe('probabilityOfPurchases', () => {
  it.each(['bgnbd', 'mbgnbd'] as PurchaseModel[])(
    '%s: is a distribution whose mean is E[X(t)] (t = 39 and 520 weeks)',
    (model) => {
      for (const t of [39, 520]) {
        const probabilities = distribution(model, t);

        const total = probabilities.reduce((sum, p) => sum + p, 0);
        const mean = probabilities.reduce((sum, p, n) => sum + n * p, 0);

        expect(probabilities.every((p) => p >= 0)).toBe(true);
        expect(total).toBeCloseTo(1, 10);
        expect(mean / expectedPurchases(cdnowFit, t, model) - 1).toBeCloseTo(0, 8);
      }
    },
  );

  it('MBG/NBD: P(X(t) = 0) is dropping out at once or staying but buying nothing', () => {
    const { r, alpha, a, b } = cdnowFit;
    const t = 39;
    const dropAtOnce = a / (a + b);
    const stayButNoPurchase = (b / (a + b)) * (alpha / (alpha + t)) ** r;

    expect(probabilityOfPurchases(cdnowFit, t, 0, 'mbgnbd')).toBeCloseTo(dropAtOnce + stayButNoPurchase, 14);
  });

  it('BG/NBD: P(X(t) = 0) is the chance of no purchase of a customer who cannot leave before buying', () => {
    const { r, alpha } = cdnowFit;

    expect(probabilityOfPurchases(cdnowFit, 39, 0, 'bgnbd')).toBeCloseTo((alpha / (alpha + 39)) ** r, 14);
  });

  it('is 1 for no purchases at t = 0 and rejects a fractional count', () => {
    expect(probabilityOfPurchases(cdnowFit, 0, 0, 'bgnbd')).toBe(1);
    expect(probabilityOfPurchases(cdnowFit, 0, 3, 'bgnbd')).toBe(0);
    expect(() => probabilityOfPurchases(cdnowFit, 39, 1.5, 'bgnbd')).toThrow(RangeError);
  });
});
