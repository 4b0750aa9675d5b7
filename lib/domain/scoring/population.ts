/** Parameters of the lifetime-value models, fitted over a tenant's whole population. */
export interface PurchaseParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}
export interface SpendParams {
  p: number;
  q: number;
  v: number;
}

/**
 * What the scheduled recalculation learns about a tenant's population, and what each
 * guest's score is measured against between two runs.
 */
export interface PopulationModel {
  version: string;
  computedAt: string | null;
  guests: number;
  purchase: PurchaseParams;
  /** Null until there are enough repeat guests to fit spend; a guest's own mean is used then. */
  spend: SpendParams | null;
  /** Composite values at percentiles 0, 1, …, 100 (ascending, base currency). */
  valueQuantiles: number[];
}

/**
 * Used before a tenant's first recalculation: purchase parameters of a typical hotel
 * population (time in weeks: a few stays a year, a third drop out after a stay) and a
 * Pareto-shaped value curve in which the top fifth hold about 80% of the value.
 */
export const defaultPopulation: PopulationModel = {
  version: 'default-1',
  computedAt: null,
  guests: 0,
  purchase: { r: 0.5, alpha: 12, a: 0.8, b: 2.5 },
  spend: null,
  valueQuantiles: Array.from({ length: 101 }, (_, p) =>
    p === 100 ? 5_000_000 : Math.round(8_000 * ((1 - p / 100) ** (-1 / 1.16) - 1)),
  ),
};

/** The 0–100 percentile of `value` within the population, interpolated between quantiles. */
export function percentileOf(value: number, quantiles: readonly number[]): number {
  if (quantiles.length < 2) return 50;
  const last = quantiles.length - 1;
  if (value <= quantiles[0]!) return 0;
  if (value >= quantiles[last]!) return 100;
  let low = 0;
  let high = last;
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    if (quantiles[middle]! <= value) low = middle;
    else high = middle;
  }
  const span = quantiles[high]! - quantiles[low]!;
  const fraction = span > 0 ? (value - quantiles[low]!) / span : 0;
  return Math.round(((low + fraction) / last) * 1000) / 10;
}
