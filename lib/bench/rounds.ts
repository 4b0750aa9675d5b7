import { percentile } from './load.js';

/** The median of a list of numbers (NaN when empty). */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/**
 * Runs `product` and `floor` in alternating rounds, so that the drift of a shared machine hits both
 * sides alike: floor first in even rounds, product first in odd ones (A B, B A), so that whatever
 * favours the second of two runs in a row favours each side in half the rounds. Answers each
 * side's samples, one a round.
 */
export async function alternate<T>(
  rounds: number,
  floor: () => Promise<T>,
  product: () => Promise<T>,
): Promise<{ floor: T[]; product: T[] }> {
  const measured = { floor: [] as T[], product: [] as T[] };
  for (let round = 0; round < rounds; round += 1) {
    if (round % 2 === 0) {
      measured.floor.push(await floor());
      measured.product.push(await product());
    } else {
      measured.product.push(await product());
      measured.floor.push(await floor());
    }
  }
  return measured;
}

/** A product's sample and the floor measured beside it (the mean of the floor's samples around it). */
export interface PairedSample {
  product: number;
  floor: number;
}

/**
 * A product against its floor from paired samples: the median of each side, and the median of the
 * pairs' ratios. The ratio cancels what slows both sides of a pair alike (another tenant busy on
 * this shared machine for a few seconds), which a ratio of two medians taken apart does not.
 */
export function pairedMedians(pairs: readonly PairedSample[]): { value: number; baseline: number; ratio: number } {
  return {
    value: median(pairs.map((pair) => pair.product)),
    baseline: median(pairs.map((pair) => pair.floor)),
    ratio: median(pairs.map((pair) => pair.product / pair.floor)),
  };
}
