import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advanceComplaint, receiveComplaint } from '../../../lib/domain/complaints.js';
import { ConflictError } from '../../../lib/domain/errors.js';
import { recommendForStay } from '../../../lib/domain/recommendations/engine.js';
import { excludedIngredients } from '../../../lib/domain/recommendations/diet.js';
import { estimateLifetime } from '../../../lib/domain/scoring/lifetime.js';
import { defaultPopulation } from '../../../lib/domain/scoring/population.js';
import { scoreGuest } from '../../../lib/domain/scoring/score-guest.js';
import { summarizeStays } from '../../../lib/domain/stay-summary.js';
import { complaintStatuses } from '../../../lib/schemas/complaint.js';
import { defaultTenantConfig as config } from '../../../lib/schemas/tenant-config.js';

const today = new Date('2026-12-04T00:00:00Z');
const stays = (count: number, revenue: number) =>
  Array.from({ length: count }, (_, i) => ({
    status: 'completed' as const,
    checkIn: `2026-${String((i % 11) + 1).padStart(2, '0')}-02`,
    nights: 2,
    revenue,
    cost: 100,
    currency: 'CNY',
  }));
const score = (count: number, revenue: number) =>
  scoreGuest(
    { summary: summarizeStays(stays(count, revenue)), referrals: { count: 0, directProfit: 0 } },
    defaultPopulation,
    config,
    today,
    estimateLifetime,
  );

describe('domain invariants (property-based)', () => {
  it('more profit never lowers a value score', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 100, max: 50_000 }),
        fc.integer({ min: 1, max: 50_000 }),
        (count, revenue, extra) => {
          expect(score(count, revenue + extra).valueScore).toBeGreaterThanOrEqual(score(count, revenue).valueScore);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a score recomputed from the same data is identical', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 100, max: 50_000 }), (count, revenue) => {
        expect(score(count, revenue)).toEqual(score(count, revenue));
      }),
      { numRuns: 100 },
    );
  });

  it('a recommendation never contains a disliked gift or one the guest’s diet or allergies rule out', () => {
    const tags = fc.constantFrom('tea', 'wine', 'chocolate', 'sweets', 'fruit', 'flowers', 'cake', 'books');
    const restrictions = fc.constantFrom(
      'halal',
      'vegan',
      'nut allergy',
      'gluten free',
      'diabetic',
      'lactose',
      'egg',
      'kosher',
    );
    fc.assert(
      fc.property(
        fc.array(tags, { maxLength: 4 }),
        fc.array(tags, { maxLength: 4 }),
        fc.array(restrictions, { maxLength: 3 }),
        fc.constantFrom('key', 'normal', 'small' as const),
        (likes, dislikes, diet, tier) => {
          const guest = {
            profile: {
              guestId: 'g',
              name: 'G',
              version: 1,
              createdAt: '',
              updatedAt: '',
              birthday: '1980-12-24',
              preferences: { gifts: { likes, dislikes }, dining: { dietary: diet } },
            },
            summary: summarizeStays([]),
            score: { tier, valueScore: 50, quadrant: 'unknown' as const, clv: { pAlive: 0.5, value12m: 100_000 } },
          };
          const result = recommendForStay(
            guest,
            { propertyId: 'p', checkIn: '2026-12-23', checkOut: '2026-12-26' },
            config,
            'en',
          );
          const excluded = excludedIngredients(diet);
          for (const recommendation of result.recommendations.filter((r) => r.type === 'gift')) {
            const gift = config.gifts.find((g) => g.id === recommendation.details.giftId)!;
            expect(gift.tags.some((t) => (dislikes as string[]).includes(t))).toBe(false);
            expect(gift.contains.some((i) => excluded.has(i))).toBe(false);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the complaint machine never skips a step, whatever moves are tried', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...complaintStatuses), { maxLength: 12 }), (moves) => {
        let complaint = receiveComplaint(
          { category: 'noise', severity: 'low', description: 'x' },
          { complaintId: 'c-1', guestId: 'g' },
          'small',
          'u',
          today,
          config,
        );
        for (const move of moves) {
          try {
            complaint = advanceComplaint(complaint, move, { by: 'u', now: today }, config);
          } catch (error) {
            expect(error).toBeInstanceOf(ConflictError);
          }
        }
        expect(complaint.history.map((h) => h.status)).toEqual(complaintStatuses.slice(0, complaint.history.length));
      }),
      { numRuns: 300 },
    );
  });
});
