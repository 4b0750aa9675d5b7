import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initRoundOrder, initSchedule } from '../../../lib/bench/init-schedule.js';
import { seededUniform } from '../../../lib/domain/clv/simulate.js';

const floors = ['bare', 'framework'];
const products = Array.from({ length: 29 }, (_, i) => `function-${i}`);

describe('cold init schedule', () => {
  it('measures every product once a round, with the floors before every group', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 2 ** 31 }), (groupSize, seed) => {
        const order = initRoundOrder(floors, products, groupSize, seededUniform(seed));
        expect(order.filter((name) => name.startsWith('function-')).sort()).toEqual([...products].sort());
        const groups = Math.ceil(products.length / groupSize);
        expect(order).toHaveLength(products.length + groups * floors.length);
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
});
