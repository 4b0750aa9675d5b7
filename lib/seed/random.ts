/** A small seeded generator (mulberry32): the same seed gives the same population. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    integer: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (probability: number) => next() < probability,
    /** Pareto with shape `alpha` and minimum 1; alpha ≈ 1.16 gives the 80/20 split. */
    pareto: (alpha: number) => 1 / (1 - next()) ** (1 / alpha),
  };
}
export type SeededRandom = ReturnType<typeof seededRandom>;
