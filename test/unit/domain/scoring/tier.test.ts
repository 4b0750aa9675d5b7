import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyAtReview,
  applyBetweenReviews,
  monthsStillCounting,
  qualifyTier,
  windowTotals,
} from '../../../../lib/domain/scoring/tier.js';
import { defaultTenantConfig } from '../../../../lib/schemas/tenant-config.js';

const config = defaultTenantConfig;
const none = { stays: 0, nights: 0, spend: 0 };
const now = new Date('2026-12-04T00:00:00Z');

describe('qualifyTier', () => {
  it('puts the top fifth by value in the key tier and the next 30% in normal', () => {
    expect(qualifyTier(85, none, config).tier).toBe('key');
    expect(qualifyTier(60, none, config).tier).toBe('normal');
    expect(qualifyTier(30, none, config).tier).toBe('small');
  });

  it('qualifies a guest for key on any one floor path, whatever their percentile', () => {
    const result = qualifyTier(10, { stays: 2, nights: 45, spend: 0 }, config);
    expect(result).toEqual({ tier: 'key', reasons: ['floor_nights'] });
  });

  it('follows configured shares', () => {
    const generous = { ...config, tierShares: { key: 0.5, normal: 0.3 } };
    expect(qualifyTier(55, none, generous).tier).toBe('key');
  });
});

describe('tier changes', () => {
  const key = { tier: 'key' as const, since: '2026-01-01T00:00:00.000Z' };

  it('upgrades at once', () => {
    expect(applyBetweenReviews({ tier: 'small', since: key.since }, 'key', now)).toEqual({
      tier: 'key',
      since: now.toISOString(),
    });
  });

  it('does not downgrade between reviews', () => {
    expect(applyBetweenReviews(key, 'small', now)).toBe(key);
  });

  it('keeps a key guest through the grace period at review', () => {
    const belowSince = new Date(now.getTime() - 30 * 86_400_000).toISOString();
    expect(applyAtReview(key, 'normal', belowSince, now, config)).toBe(key);
  });

  it('downgrades a key guest after the grace period once their status has expired', () => {
    const belowSince = new Date(now.getTime() - 91 * 86_400_000).toISOString();
    const earnedLongAgo = { tier: 'key' as const, since: '2024-05-01T00:00:00.000Z' };
    expect(applyAtReview(earnedLongAgo, 'normal', belowSince, now, config)).toEqual({
      tier: 'normal',
      since: now.toISOString(),
    });
  });

  it('keeps status earned this year or last until the end of the following year', () => {
    const belowSince = new Date(now.getTime() - 200 * 86_400_000).toISOString();
    expect(applyAtReview(key, 'small', belowSince, now, config)).toBe(key);
    expect(applyAtReview(key, 'small', belowSince, new Date('2028-01-02T00:00:00Z'), config).tier).toBe('small');
  });
});

describe('windowTotals', () => {
  it('counts only the months inside the rolling window, converting spend', () => {
    const byMonth = {
      '2025-11': { stays: 5, nights: 9, revenueByCurrency: { CNY: 1000 } },
      '2026-01': { stays: 1, nights: 2, revenueByCurrency: { CNY: 500, USD: 100 } },
      '2026-12': { stays: 2, nights: 3, revenueByCurrency: { CNY: 300 } },
    };
    expect(windowTotals(byMonth, now, config)).toEqual({ stays: 3, nights: 5, spend: 500 + 710 + 300 });
  });
});

describe('monthsStillCounting', () => {
  const month = (stays: number) => ({ stays, nights: stays * 2, revenueByCurrency: { CNY: stays * 1000 } });

  it('drops the months older than the longest qualification window (36 months)', () => {
    const kept = monthsStillCounting({ '2023-12': month(1), '2024-01': month(2), '2026-12': month(3) }, now);
    expect(Object.keys(kept)).toEqual(['2024-01', '2026-12']);
  });

  it('never changes the totals of any window on any later day', () => {
    const history = fc.dictionary(
      fc
        .date({ min: new Date('2015-01-01'), max: new Date('2026-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 7)),
      fc.integer({ min: 1, max: 9 }).map(month),
    );
    fc.assert(
      fc.property(
        history,
        fc.integer({ min: 1, max: 36 }),
        fc.integer({ min: 0, max: 2000 }),
        (byMonth, months, days) => {
          const later = new Date(now.getTime() + days * 86_400_000);
          const windowed = { ...config, qualificationWindowMonths: months };
          expect(windowTotals(monthsStillCounting(byMonth, now), later, windowed)).toEqual(
            windowTotals(byMonth, later, windowed),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
