import { describe, expect, it } from 'vitest';
import { conditionalExpectedPurchases } from '../../../../lib/domain/clv/bgnbd.js';
import { conditionalExpectedSpend } from '../../../../lib/domain/clv/gamma-gamma.js';
import { expectedValue } from '../../../../lib/domain/clv/lifetime-value.js';

const purchaseParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const spendParams = { p: 6.25, q: 3.74, v: 15.44 };
const customer = { x: 2, tx: 30.43, T: 38.86, meanSpend: 22.35 };

describe('expectedValue', () => {
  it('without discounting, is expected purchases over the horizon times expected spend, however many periods', () => {
    const undiscounted = (periods: number) =>
      expectedValue(purchaseParams, spendParams, customer, {
        horizon: 52,
        discountRatePerPeriod: 0,
        periods,
        model: 'bgnbd',
      });
    const purchases = conditionalExpectedPurchases(purchaseParams, 52, customer, 'bgnbd');
    const spend = conditionalExpectedSpend(spendParams, customer.x, customer.meanSpend);

    for (const periods of [1, 4, 52]) expect(undiscounted(periods)).toBeCloseTo(purchases * spend, 10);
  });

  it('discounts: the value lies between the total discounted at the first and at the last period', () => {
    const options = { horizon: 52, discountRatePerPeriod: 0.01, periods: 12, model: 'mbgnbd' as const };
    const total = expectedValue(purchaseParams, spendParams, customer, { ...options, discountRatePerPeriod: 0 });

    const value = expectedValue(purchaseParams, spendParams, customer, options);

    expect(value).toBeLessThan(total / 1.01);
    expect(value).toBeGreaterThan(total / 1.01 ** 12);
  });

  it('discounts a single period at its end: the undiscounted total divided by 1 + rate', () => {
    const options = { horizon: 39, discountRatePerPeriod: 0.1, periods: 1, model: 'bgnbd' as const };
    const total = expectedValue(purchaseParams, spendParams, customer, { ...options, discountRatePerPeriod: 0 });

    const value = expectedValue(purchaseParams, spendParams, customer, options);

    expect(value).toBeCloseTo(total / 1.1, 10);
  });

  it('scales with the margin', () => {
    const options = { horizon: 26, discountRatePerPeriod: 0.005, periods: 6, model: 'bgnbd' as const };

    const revenue = expectedValue(purchaseParams, spendParams, customer, options);
    const profit = expectedValue(purchaseParams, spendParams, customer, { ...options, margin: 0.3 });

    expect(profit).toBeCloseTo(0.3 * revenue, 10);
  });

  it('rejects a fractional number of periods and a non-positive horizon', () => {
    const options = { horizon: 52, discountRatePerPeriod: 0, periods: 2.5, model: 'bgnbd' as const };
    expect(() => expectedValue(purchaseParams, spendParams, customer, options)).toThrow(RangeError);
    expect(() => expectedValue(purchaseParams, spendParams, customer, { ...options, periods: 2, horizon: 0 })).toThrow(
      RangeError,
    );
  });
});
