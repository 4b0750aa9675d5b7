import { percentile } from './load.js';

/**
 * Scoring cost per stream record must not grow with a guest's history: times the rescore of
 * a guest with `small` stays against one with `large` stays, alternating, in the same run.
 */
export async function scoringCost(
  rescore: (guestId: string) => Promise<unknown>,
  guests: { small: string; large: string },
  rounds = 200,
): Promise<{ small: number; large: number }> {
  const samples = { small: [] as number[], large: [] as number[] };
  for (let i = 0; i < rounds + 20; i += 1) {
    for (const size of ['small', 'large'] as const) {
      const started = performance.now();
      await rescore(guests[size]);
      if (i >= 20) samples[size].push(performance.now() - started);
    }
  }
  return { small: percentile(samples.small, 50), large: percentile(samples.large, 50) };
}
