import { beforeAll, describe, expect, it } from 'vitest';
import {
  conditionalExpectedPurchases,
  conditionalExpectedPurchasesAt,
  probabilityAlive,
  type CustomerHistory,
  type PurchaseModel,
} from '../../../../lib/domain/clv/bgnbd.js';
import { discountedPurchaseValue, type ExpectedValueOptions } from '../../../../lib/domain/clv/lifetime-value.js';
import { logDropoutParts } from '../../../../lib/domain/clv/purchase-terms.js';
import { readCdnowSummary } from './support.js';

const models: PurchaseModel[] = ['bgnbd', 'mbgnbd'];
// The published CDNOW fit, and one with a = 1 exactly, where the closed form averages both sides of its pole.
const paramSets = [
  { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
  { r: 0.5, alpha: 12, a: 1, b: 2.5 },
];
const horizons = [0, 52 / 12, 13, 26, 39, 52, 104];
const heavyBuyers: CustomerHistory[] = [
  { x: 500, tx: 99.9, T: 100 },
  { x: 500, tx: 10, T: 100 },
];
let customers: CustomerHistory[];

beforeAll(() => {
  customers = [...readCdnowSummary('cdnow_customers_summary.csv').customers, ...heavyBuyers];
});

/** discountedPurchaseValue as it was written before the multi-horizon call: one expectation per period end. */
function periodByPeriod(params: (typeof paramSets)[number], customer: CustomerHistory, options: ExpectedValueOptions) {
  const step = options.horizon / options.periods;
  let value = 0;
  let purchasesSoFar = 0;
  for (let i = 1; i <= options.periods; i += 1) {
    const purchasesByEnd = conditionalExpectedPurchases(params, i * step, customer, options.model);
    value +=
      ((purchasesByEnd - purchasesSoFar) * 30 * (options.margin ?? 1)) / (1 + options.discountRatePerPeriod) ** i;
    purchasesSoFar = purchasesByEnd;
  }
  return { value, expectedPurchases: purchasesSoFar };
}

describe('conditionalExpectedPurchasesAt', () => {
  it.each(models)('%s: equals conditionalExpectedPurchases at every horizon, to the last bit', (model) => {
    for (const params of paramSets) {
      for (const customer of customers) {
        const outlook = conditionalExpectedPurchasesAt(params, horizons, customer, model);
        expect(outlook.expectedPurchases).toEqual(
          horizons.map((t) => conditionalExpectedPurchases(params, t, customer, model)),
        );
        expect(outlook.probabilityAlive).toBe(probabilityAlive(params, customer, model));
      }
    }
  });

  it('answers nothing for no horizons, and rejects a negative one like the single-horizon function', () => {
    const params = paramSets[0]!;
    const customer = { x: 2, tx: 30.43, T: 38.86 };
    expect(conditionalExpectedPurchasesAt(params, [], customer, 'bgnbd').expectedPurchases).toEqual([]);
    expect(() => conditionalExpectedPurchasesAt(params, [13, -1], customer, 'bgnbd')).toThrow(RangeError);
    expect(() => conditionalExpectedPurchases(params, -1, customer, 'bgnbd')).toThrow(RangeError);
  });
});

describe('discountedPurchaseValue', () => {
  const yearly: ExpectedValueOptions = { horizon: 52, periods: 12, discountRatePerPeriod: 0.008, model: 'mbgnbd' };
  const quarterly: ExpectedValueOptions = { horizon: 39, periods: 3, discountRatePerPeriod: 0.02, model: 'bgnbd' };

  it('equals the period-by-period sum exactly, whichever options came before (the schedule is reused)', () => {
    const params = paramSets[0]!;
    // Alternating options: a schedule kept from the previous call must never leak into the next.
    for (const customer of customers.slice(0, 300)) {
      for (const options of [yearly, quarterly, { ...yearly, margin: 0.4 }, yearly]) {
        const { value, expectedPurchases } = discountedPurchaseValue(params, customer, 30, options);
        expect({ value, expectedPurchases }).toEqual(periodByPeriod(params, customer, options));
      }
    }
  });

  it('answers the P(alive) the probabilityAlive function gives', () => {
    const params = paramSets[1]!;
    for (const customer of customers.slice(0, 100)) {
      const { probabilityAlive: alive } = discountedPurchaseValue(params, customer, 30, yearly);
      expect(alive).toBe(probabilityAlive(params, customer, 'mbgnbd'));
    }
  });
});

describe('probabilityAlive, which remembers the dropout parts of the last parameters', () => {
  /** P(alive) from freshly made dropout parts, as it was computed before they were remembered. */
  function fresh(params: (typeof paramSets)[number], customer: CustomerHistory, model: PurchaseModel): number {
    const parts = logDropoutParts(params, customer.x, model);
    const alive = parts.alive - (params.r + customer.x) * Math.log(params.alpha + customer.T);
    const dropout = parts.dropout - (params.r + customer.x) * Math.log(params.alpha + customer.tx);
    return 1 / (1 + Math.exp(dropout - alive));
  }

  it('gives the same P(alive) as fresh parts, to the last bit, when parameters and models alternate', () => {
    // Same (a, b) but another r: the remembered parts depend on a, b and the model only.
    const sameBeta = { ...paramSets[0]!, r: 2, alpha: 1 };
    for (const customer of customers.slice(0, 200)) {
      for (const [params, model] of [
        [paramSets[0]!, 'bgnbd'],
        [paramSets[0]!, 'mbgnbd'],
        [sameBeta, 'mbgnbd'],
        [paramSets[1]!, 'mbgnbd'],
        [paramSets[0]!, 'bgnbd'],
      ] as const) {
        expect(probabilityAlive(params, customer, model)).toBe(fresh(params, customer, model));
      }
    }
  });
});
