import { seededUniform } from '../domain/clv/simulate.js';
import type { PairedSample } from './rounds.js';

/**
 * The order of one cold-init round: the products shuffled, and the floors again before every group
 * of `groupSize` products and after the last. Why: a fixed order lets a disturbance that recurs about once a round
 * (another tenant's job on this shared machine) land on the same products every round, and floors
 * measured only at the start of a round miss whatever slows the middle of it.
 */
export function initRoundOrder<T>(
  floors: readonly T[],
  products: readonly T[],
  groupSize: number,
  uniform: () => number,
): T[] {
  if (!Number.isInteger(groupSize) || groupSize < 1) throw new RangeError(`group size ${groupSize}`);
  const shuffled = [...products];
  // Fisher–Yates.
  for (let i = shuffled.length - 1; i > 0; i -= 1) {
    const j = Math.floor(uniform() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  const order: T[] = [];
  for (let start = 0; start < shuffled.length; start += groupSize) {
    order.push(...floors, ...shuffled.slice(start, start + groupSize));
  }
  // Floors close the round too, so every group lies between two measurements of them.
  order.push(...floors);
  return order;
}

/** `rounds` round orders from one seed: the same schedule on every run, a different order each round. */
export function initSchedule<T>(
  floors: readonly T[],
  products: readonly T[],
  options: { rounds: number; groupSize: number; seed: number },
): T[][] {
  const uniform = seededUniform(options.seed);
  return Array.from({ length: options.rounds }, () => initRoundOrder(floors, products, options.groupSize, uniform));
}

/** One measured process of a round: which bundle, and how long its require took. */
export interface Measured<T> {
  item: T;
  milliseconds: number;
}

/** What one round of `initRoundOrder` gives: each product paired with both floors, and the floors paired. */
export interface RoundPairs<T> {
  products: { item: T; framework: PairedSample; bare: PairedSample }[];
  frameworkOverBare: PairedSample[];
}

/**
 * Pairs each product of a measured round with the mean of each floor's two measurements around its
 * group, and each framework floor with the bare floor measured just before it.
 */
export function pairRound<T>(measured: readonly Measured<T>[], floors: { bare: T; framework: T }): RoundPairs<T> {
  const pairs: RoundPairs<T> = { products: [], frameworkOverBare: [] };
  let bare: number | undefined;
  let before: { bare: number; framework: number } | undefined;
  let group: Measured<T>[] = [];
  for (const sample of measured) {
    if (sample.item === floors.bare) {
      bare = sample.milliseconds;
    } else if (sample.item === floors.framework) {
      if (bare === undefined) throw new Error('cold init: the framework floor was measured before the bare one');
      const after = { bare, framework: sample.milliseconds };
      pairs.frameworkOverBare.push({ product: after.framework, floor: after.bare });
      if (group.length > 0 && !before) throw new Error('cold init: products were measured before any floor');
      for (const { item, milliseconds } of group) {
        pairs.products.push({
          item,
          framework: { product: milliseconds, floor: (before!.framework + after.framework) / 2 },
          bare: { product: milliseconds, floor: (before!.bare + after.bare) / 2 },
        });
      }
      group = [];
      before = after;
    } else {
      group.push(sample);
    }
  }
  if (group.length > 0) throw new Error('cold init: the round did not end with the floors');
  return pairs;
}
