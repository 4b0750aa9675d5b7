import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyStayChange,
  emptyStaySummary,
  type StayFigures,
  type StaySummary,
  summarizeStays,
} from '../../../lib/domain/stay-summary.js';

const stay = (overrides: Partial<StayFigures> = {}): StayFigures => ({
  status: 'completed',
  checkIn: '2026-01-10',
  nights: 2,
  revenue: 1000,
  cost: 400,
  currency: 'CNY',
  ...overrides,
});

describe('applyStayChange', () => {
  it('counts a completed stay towards nights and money', () => {
    const summary = applyStayChange(emptyStaySummary, undefined, stay());

    expect(summary).toMatchObject({ completedStays: 1, nights: 2, byCurrency: { CNY: { revenue: 1000, cost: 400 } } });
  });

  it('counts cancellations and no-shows but no money for them', () => {
    const summary = summarizeStays([
      stay({ status: 'cancelled' }),
      stay({ status: 'no_show' }),
      stay({ status: 'reserved' }),
    ]);

    expect(summary).toMatchObject({ completedStays: 0, cancelledStays: 1, noShows: 1, openStays: 1, byCurrency: {} });
  });

  it('replaces the old figures of an amended stay', () => {
    const before = stay();
    const summary = applyStayChange(summarizeStays([before]), before, stay({ revenue: 1500 })) as StaySummary;

    expect(summary.byCurrency.CNY).toEqual({ completedStays: 1, revenue: 1500, cost: 400 });
    expect(summary.completedStays).toBe(1);
  });

  it('asks for a rebuild when the latest completed stay is cancelled', () => {
    const early = stay({ checkIn: '2025-01-01' });
    const late = stay({ checkIn: '2026-06-01' });
    const summary = summarizeStays([early, late]);

    expect(applyStayChange(summary, late, { ...late, status: 'cancelled' })).toBe('rebuild');
  });

  it('clears the dates when the only completed stay is cancelled', () => {
    const only = stay();
    const summary = applyStayChange(summarizeStays([only]), only, { ...only, status: 'cancelled' });

    expect(summary).toMatchObject({ completedStays: 0, firstStayOn: null, lastStayOn: null, cancelledStays: 1 });
  });

  it('keeps money per currency', () => {
    const summary = summarizeStays([stay(), stay({ currency: 'USD', revenue: 200, cost: 50 })]);

    expect(summary.byCurrency).toEqual({
      CNY: { completedStays: 1, revenue: 1000, cost: 400 },
      USD: { completedStays: 1, revenue: 200, cost: 50 },
    });
  });
});

const figuresArbitrary = fc.record({
  status: fc.constantFrom('reserved', 'in_house', 'completed', 'cancelled', 'no_show' as const),
  checkIn: fc.constantFrom('2024-01-01', '2024-01-20', '2024-06-15', '2025-03-03', '2026-11-30'),
  nights: fc.integer({ min: 1, max: 30 }),
  revenue: fc.oneof(
    fc.constant(0),
    fc.integer({ min: 0, max: 100_000 }).map((cents) => cents / 100),
  ),
  cost: fc.oneof(
    fc.constant(0),
    fc.integer({ min: 0, max: 50_000 }).map((cents) => cents / 100),
  ),
  currency: fc.constantFrom('CNY', 'USD'),
  roomType: fc.option(fc.constantFrom('deluxe', 'suite'), { nil: undefined }),
  roomFeatures: fc.option(
    fc.record({ floor: fc.constantFrom('high', 'low'), view: fc.constantFrom('river', 'city') }),
    {
      nil: undefined,
    },
  ),
  gift: fc.option(fc.constantFrom('tea', 'wine'), { nil: undefined }),
}) as fc.Arbitrary<StayFigures>;

describe('room history and gifts', () => {
  it('counts the rooms of completed stays and remembers the latest gift', () => {
    const summary = summarizeStays([
      stay({ roomType: 'suite', roomFeatures: { floor: 'high' }, gift: 'tea', checkIn: '2025-01-01' }),
      stay({ roomType: 'suite', roomFeatures: { floor: 'low' }, gift: 'wine', checkIn: '2026-01-01' }),
      stay({ roomType: 'deluxe', status: 'cancelled', gift: 'flowers', checkIn: '2026-06-01' }),
    ]);

    expect(summary.rooms.roomType).toEqual({ suite: 2 });
    expect(summary.rooms.floor).toEqual({ high: 1, low: 1 });
    expect(summary.lastGift).toEqual({ on: '2026-01-01', gift: 'wine' });
  });
});

describe('running totals', () => {
  it('equal the totals recomputed from scratch after any sequence of stay writes', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), figuresArbitrary), { maxLength: 60 }), (writes) => {
        const stays = new Map<number, StayFigures>();
        let running: StaySummary = emptyStaySummary;
        for (const [stayId, figures] of writes) {
          const next = applyStayChange(running, stays.get(stayId), figures);
          stays.set(stayId, figures);
          running = next === 'rebuild' ? summarizeStays(stays.values()) : next;
        }
        expect(running).toEqual(summarizeStays(stays.values()));
      }),
    );
  });
});
