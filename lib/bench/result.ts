/**
 * One line of `bench/results.json`: a measured value, the floor it is compared with (measured
 * in the same run) or null for an absolute goal, their ratio, the goal in words, and whether
 * the value meets it.
 */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  baseline: number | null;
  ratio: number | null;
  goal: string;
  pass: boolean;
}

const rounded = (value: number, digits = 3) => Number(value.toFixed(digits));

function result(
  name: string,
  value: number,
  unit: string,
  floor: { baseline: number; ratio: number } | null,
  goal: string,
  pass: boolean,
): BenchResult {
  return {
    name,
    value: rounded(value),
    unit,
    baseline: floor && rounded(floor.baseline),
    ratio: floor && rounded(floor.ratio),
    goal,
    pass,
  };
}

/**
 * A value against a floor measured in the same run: passes when the ratio ≤ maxRatio. The ratio is
 * value / baseline unless given, as the median of paired samples' ratios is (rounds.ts).
 */
export function ratioAtMost(
  name: string,
  value: number,
  baseline: number,
  unit: string,
  maxRatio: number,
  ratio = value / baseline,
): BenchResult {
  return result(name, value, unit, { baseline, ratio }, `≤ ${Number(maxRatio.toFixed(2))}×`, ratio <= maxRatio);
}

/**
 * A throughput against a floor's throughput: the slowdown baseline / value (how many times
 * slower the product is) passes when it is ≤ maxSlowdown.
 */
export function slowdownAtMost(
  name: string,
  value: number,
  baseline: number,
  unit: string,
  maxSlowdown: number,
): BenchResult {
  const ratio = baseline / value;
  return result(name, value, unit, { baseline, ratio }, `≤ ${maxSlowdown}× slower`, ratio <= maxSlowdown);
}

/** An absolute goal: passes when value ≤ limit. */
export function atMost(name: string, value: number, unit: string, limit: number): BenchResult {
  return result(name, value, unit, null, `≤ ${limit} ${unit}`, value <= limit);
}

/** An absolute goal: passes when value ≥ limit. */
export function atLeast(name: string, value: number, unit: string, limit: number): BenchResult {
  return result(name, value, unit, null, `≥ ${limit} ${unit}`, value >= limit);
}

/** An exact count (calls per request, writes against changed guests). */
export function exactly(name: string, value: number, unit: string, expected: number): BenchResult {
  return result(name, value, unit, null, `= ${expected} ${unit}`, value === expected);
}

/**
 * A figure measured to argue a goal rather than to meet one (how far a floor of the fixed
 * libraries already is above the bare floor): always reported, never a miss.
 */
export function measuredArgument(
  name: string,
  value: number,
  baseline: number,
  unit: string,
  ratio = value / baseline,
): BenchResult {
  return result(name, value, unit, { baseline, ratio }, 'none: the argument for a floor', true);
}

/** A figure the README's cost model is computed from (item sizes, capacity units): no goal. */
export function costModelInput(name: string, value: number, unit: string): BenchResult {
  return result(name, value, unit, null, 'none: an input of the cost model', true);
}

/** What every case gets: quick mode runs each briefly, to prove the harness, not to measure. */
export interface BenchContext {
  quick: boolean;
  log: (line: string) => void;
}
