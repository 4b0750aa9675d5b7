import { describe, expect, it } from 'vitest';
import { toBaseCurrency } from '../../../../lib/domain/scoring/money.js';
import { defaultPopulation, percentileOf } from '../../../../lib/domain/scoring/population.js';
import { loyaltyScore, quadrantOf, satisfactionScore } from '../../../../lib/domain/scoring/quadrant.js';
import { defaultTenantConfig } from '../../../../lib/schemas/tenant-config.js';

const feedback = (overall: number, gap?: number) => ({
  count: 1,
  asOf: '2026-12-01T00:00:00.000Z',
  weight: 1,
  overall,
  servqualGap: gap ?? 0,
  servqualWeight: gap === undefined ? 0 : 1,
});

describe('the satisfaction–loyalty quadrant', () => {
  it('is unknown without feedback', () => {
    expect(quadrantOf(satisfactionScore(undefined), 0.9)).toBe('unknown');
  });

  it('crosses satisfaction with loyalty into the four kinds of guest', () => {
    expect(quadrantOf(9, 0.8)).toBe('apostle');
    expect(quadrantOf(9, 0.2)).toBe('mercenary');
    expect(quadrantOf(4, 0.8)).toBe('hostage');
    expect(quadrantOf(4, 0.2)).toBe('defector');
  });

  it('lowers satisfaction when service fell short of expectations', () => {
    expect(satisfactionScore(feedback(8, -4))!).toBeLessThan(satisfactionScore(feedback(8))!);
    expect(satisfactionScore(feedback(8, 2))!).toBeGreaterThan(satisfactionScore(feedback(8, -2))!);
  });

  it('rates a loyal guest by repeat stays and likelihood of still being active', () => {
    expect(loyaltyScore(1, 0.4)).toBeLessThan(loyaltyScore(5, 0.9));
    expect(loyaltyScore(0, null)).toBe(0);
    expect(loyaltyScore(10, 1)).toBe(1);
  });
});

describe('value', () => {
  it('converts foreign currencies and names the ones it cannot', () => {
    expect(toBaseCurrency({ CNY: 100, USD: 10, XYZ: 5 }, defaultTenantConfig)).toEqual({
      amount: 171,
      unconverted: ['XYZ'],
    });
  });

  it('places a value between the quantiles of the population', () => {
    const quantiles = Array.from({ length: 101 }, (_, i) => i * 10);
    expect(percentileOf(505, quantiles)).toBe(50.5);
    expect(percentileOf(-1, quantiles)).toBe(0);
    expect(percentileOf(5000, quantiles)).toBe(100);
  });

  it('gives the default population a Pareto shape: the top fifth hold about four fifths', () => {
    const q = defaultPopulation.valueQuantiles;
    expect(q).toHaveLength(101);
    expect([...q].sort((a, b) => a - b)).toEqual(q);
    expect(percentileOf(q[80]!, q)).toBe(80);
  });
});
