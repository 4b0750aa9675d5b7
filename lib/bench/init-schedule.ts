import { seededUniform } from '../domain/clv/simulate.js';

/**
 * The order of one cold-init round: the products shuffled, and the floors again before every group
 * of `groupSize` products. Why: a fixed order lets a disturbance that recurs about once a round
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
