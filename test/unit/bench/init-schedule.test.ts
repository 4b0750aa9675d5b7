import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initRoundOrder, initSchedule, pairRound } from '../../../lib/bench/init-schedule.js';
import { pairedMedians } from '../../../lib/bench/rounds.js';
import { seededUniform } from '../../../lib/domain/clv/simulate.js';

const floors = ['bare', 'framework'];
const products = Array.from({ length: 29 }, (_, i) => `function-${i}`);

describe('cold init schedule', () => {
  it('measures every product once a round, with the floors before every group and after the last', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 2 ** 31 }), (groupSize, seed) => {
        const order = initRoundOrder(floors, products, groupSize, seededUniform(seed));
        expect(order.filter((name) => name.startsWith('function-')).sort()).toEqual([...products].sort());
        const groups = Math.ceil(products.length / groupSize);
        expect(order).toHaveLength(products.length + (groups + 1) * floors.length);
        expect(order.slice(-floors.length)).toEqual(floors);
        for (let group = 0; group < groups; group += 1) {
          const start = group * (groupSize + floors.length);
          expect(order.slice(start, start + floors.length)).toEqual(floors);
        }
      }),
    );
  });

  it('orders the products differently from round to round, the same way on every run', () => {
    const schedule = initSchedule(floors, products, { rounds: 4, groupSize: 5, seed: 11 });
    expect(new Set(schedule.map((round) => round.join())).size).toBe(4);
    expect(initSchedule(floors, products, { rounds: 4, groupSize: 5, seed: 11 })).toEqual(schedule);
    // The same product must not keep one place: a disturbance recurring once a round would find it every time.
    const firstPlaces = new Set(schedule.map((round) => round.indexOf('function-0')));
    expect(firstPlaces.size).toBeGreaterThan(1);
  });

  it('refuses a group size that is not a positive whole number', () => {
    expect(() => initRoundOrder(floors, products, 0, Math.random)).toThrow(RangeError);
    expect(() => initRoundOrder(floors, products, 2.5, Math.random)).toThrow(RangeError);
  });

  it('pairs each product with the mean of each floor measured around its group', () => {
    const measured = [
      ['bare', 50],
      ['framework', 70],
      ['a', 80],
      ['b', 90],
      ['bare', 60],
      ['framework', 90],
      ['c', 100],
      ['bare', 52],
      ['framework', 74],
    ].map(([item, milliseconds]) => ({ item: item as string, milliseconds: milliseconds as number }));
    const paired = pairRound(measured, { bare: 'bare', framework: 'framework' });
    expect(paired.products).toEqual([
      { item: 'a', framework: { product: 80, floor: 80 }, bare: { product: 80, floor: 55 } },
      { item: 'b', framework: { product: 90, floor: 80 }, bare: { product: 90, floor: 55 } },
      { item: 'c', framework: { product: 100, floor: 82 }, bare: { product: 100, floor: 56 } },
    ]);
    expect(paired.frameworkOverBare).toEqual([
      { product: 70, floor: 50 },
      { product: 90, floor: 60 },
      { product: 74, floor: 52 },
    ]);
  });

  it('refuses a round that does not start and end with the floors', () => {
    const floorsOf = { bare: 'bare', framework: 'framework' };
    const at = (item: string, milliseconds = 1) => ({ item, milliseconds });
    expect(() => pairRound([at('a'), at('bare'), at('framework')], floorsOf)).toThrow(/before any floor/);
    expect(() => pairRound([at('bare'), at('framework'), at('a')], floorsOf)).toThrow(/did not end/);
    expect(() => pairRound([at('framework')], floorsOf)).toThrow(/before the bare/);
  });
});

describe('paired samples', () => {
  it('gives the ratio of each side measured together, through a slowdown that hits both', () => {
    // The product is 1.1× its floor throughout; the machine is twice as slow during four of the seven pairs.
    const slowdowns = [1, 2, 2, 1, 2, 2, 1];
    const pairs = slowdowns.map((slowdown) => ({ product: 110 * slowdown, floor: 100 * slowdown }));
    expect(pairedMedians(pairs)).toEqual({ value: 220, baseline: 200, ratio: 1.1 });
  });

  it('is not moved by one pair that went wrong', () => {
    const pairs = [1.1, 1.1, 1.1, 5, 1.1].map((ratio) => ({ product: 100 * ratio, floor: 100 }));
    expect(pairedMedians(pairs).ratio).toBeCloseTo(1.1);
  });
});
