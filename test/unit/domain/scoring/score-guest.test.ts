import { describe, expect, it } from 'vitest';
import { estimateLifetime } from '../../../../lib/domain/scoring/lifetime.js';
import { defaultPopulation } from '../../../../lib/domain/scoring/population.js';
import { type GuestScoringInput, scoreGuest } from '../../../../lib/domain/scoring/score-guest.js';
import { type StayFigures, summarizeStays } from '../../../../lib/domain/stay-summary.js';
import { defaultTenantConfig } from '../../../../lib/schemas/tenant-config.js';

const today = new Date('2026-12-04T00:00:00Z');
const stays = (count: number, revenue: number, lastOn = '2026-11-01'): StayFigures[] =>
  Array.from({ length: count }, (_, i) => ({
    status: 'completed',
    checkIn: i === count - 1 ? lastOn : `2025-${String((i % 12) + 1).padStart(2, '0')}-10`,
    nights: 2,
    revenue,
    cost: revenue * 0.4,
    currency: 'CNY',
  }));
const input = (figures: StayFigures[], extra: Partial<GuestScoringInput> = {}): GuestScoringInput => ({
  summary: summarizeStays(figures),
  referrals: { count: 0, directProfit: 0 },
  ...extra,
});
const score = (guest: GuestScoringInput, config = defaultTenantConfig) =>
  scoreGuest(guest, defaultPopulation, config, today, estimateLifetime);

describe('scoreGuest', () => {
  it('ranks a frequent, high-spending guest above an occasional one', () => {
    const frequent = score(input(stays(12, 5_000)));
    const occasional = score(input(stays(1, 800)));

    expect(frequent.components.directProfit).toBe(12 * 3_000);
    expect(frequent.valueScore).toBeGreaterThan(occasional.valueScore);
    expect(frequent.clv.expectedStays12m).toBeGreaterThan(occasional.clv.expectedStays12m);
    expect(frequent.tier).toBe('key');
  });

  it('gives the same score for the same data on the same day', () => {
    expect(score(input(stays(3, 1_000)))).toEqual(score(input(stays(3, 1_000))));
  });

  it('keeps P(alive) in [0, 1] and below 1 for a one-time guest under MBG/NBD', () => {
    const once = score(input(stays(1, 1_000, '2025-01-10')));
    expect(once.clv.pAlive).toBeGreaterThan(0);
    expect(once.clv.pAlive).toBeLessThan(1);
    expect(
      score(input(stays(1, 1_000, '2025-01-10')), { ...defaultTenantConfig, purchaseModel: 'bgnbd' }).clv.pAlive,
    ).toBe(1);
  });

  it('has no lifetime value and no P(alive) for a guest without a completed stay', () => {
    const fresh = score(input([]));
    expect(fresh.clv).toEqual({ expectedStays12m: 0, pAlive: null, value12m: 0 });
    expect(fresh.tier).toBe('small');
  });

  it('keeps a key guest key between reviews, noting since when they qualify lower', () => {
    const previous = { tier: 'key' as const, tierSince: '2025-01-01T00:00:00.000Z', belowTierSince: null };
    const result = score(input(stays(1, 500), { previous }));

    expect(result.tier).toBe('key');
    expect(result.qualifiedTier).toBe('small');
    expect(result.belowTierSince).toBe(today.toISOString());
  });

  it('credits influence for referrals and for the sway of agency bookings', () => {
    const alone = score(input(stays(2, 1_000), { segment: 'leisure' }));
    const referrer = score(
      input(stays(2, 1_000), { segment: 'leisure', referrals: { count: 2, directProfit: 10_000 } }),
    );
    const agency = score(input(stays(2, 1_000), { segment: 'agency' }));

    expect(alone.components.influence).toBe(0);
    expect(referrer.components.influence).toBe(2_000);
    expect(agency.components.influence).toBeGreaterThan(0);
  });

  it('says what it was computed from', () => {
    const result = score(input([...stays(2, 1_000), { ...stays(1, 100)[0]!, currency: 'XYZ' }]));
    expect(result.computedFrom).toMatchObject({
      completedStays: 3,
      populationVersion: defaultPopulation.version,
      purchaseModel: 'mbgnbd',
      unconvertedCurrencies: ['XYZ'],
    });
  });
});
