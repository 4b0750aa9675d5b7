/** Result of {@link minimize}: the best point found and the objective there. */
export interface MinimizeResult {
  x: number[];
  value: number;
}

/** Tuning of {@link minimize}; the defaults suit objectives of order one over log-parameters. */
export interface MinimizeOptions {
  /** Initial simplex step per run along every axis; each run restarts from the previous optimum. */
  steps?: number[];
  /** Convergence threshold on the spread of objective values across the simplex. */
  tolerance?: number;
  maxIterationsPerRun?: number;
}

interface Vertex {
  x: number[];
  value: number;
}

const along = (from: number[], to: number[], t: number) => from.map((f, i) => f + t * (to[i]! - f));

/**
 * One Nelder–Mead run (standard coefficients: reflect 1, expand 2, contract ½, shrink ½).
 * Written here because the registry's small optimisers either crash in strict mode or ship
 * entry files Node's ESM loader cannot read; the method itself is a few lines.
 */
function nelderMead(
  f: (x: number[]) => number,
  start: number[],
  step: number,
  tolerance: number,
  maxIterations: number,
) {
  const vertex = (x: number[]): Vertex => ({ x, value: f(x) });
  let simplex = [vertex(start), ...start.map((_, i) => vertex(start.map((c, j) => (i === j ? c + step : c))))];
  for (let iteration = 0; iteration < maxIterations; iteration += 1) {
    simplex.sort((p, q) => p.value - q.value);
    const best = simplex[0]!;
    const worst = simplex[simplex.length - 1]!;
    if (Math.abs(worst.value - best.value) <= tolerance * (1 + Math.abs(best.value))) break;
    const rest = simplex.slice(0, -1);
    const centroid = start.map((_, i) => rest.reduce((sum, v) => sum + v.x[i]!, 0) / rest.length);
    const reflected = vertex(along(worst.x, centroid, 2));
    if (reflected.value < best.value) {
      const expanded = vertex(along(worst.x, centroid, 3));
      simplex[simplex.length - 1] = expanded.value < reflected.value ? expanded : reflected;
    } else if (reflected.value < simplex[simplex.length - 2]!.value) {
      simplex[simplex.length - 1] = reflected;
    } else {
      const contracted = vertex(along(worst.x, centroid, reflected.value < worst.value ? 1.5 : 0.5));
      if (contracted.value < Math.min(worst.value, reflected.value)) simplex[simplex.length - 1] = contracted;
      else simplex = [best, ...simplex.slice(1).map((v) => vertex(along(best.x, v.x, 0.5)))];
    }
  }
  return simplex.reduce((p, q) => (q.value < p.value ? q : p));
}

/**
 * Unconstrained minimisation by Nelder–Mead, restarted from each optimum with a fresh, smaller
 * simplex: a simplex that has collapsed in one direction can stall short of the minimum, and a
 * restart costs little. Non-finite objective values count as +∞, so the search backs away from overflow.
 */
export function minimize(
  objective: (x: number[]) => number,
  start: number[],
  options: MinimizeOptions = {},
): MinimizeResult {
  const { steps = [0.5, 0.1, 0.02], tolerance = 1e-12, maxIterationsPerRun = 4000 } = options;
  const safe = (x: number[]): number => {
    const value = objective(x);
    return Number.isFinite(value) ? value : Infinity;
  };
  let best: Vertex = { x: start.slice(), value: safe(start) };
  for (const step of steps) {
    const run = nelderMead(safe, best.x, step, tolerance, maxIterationsPerRun);
    if (run.value <= best.value) best = run;
  }
  return best;
}
