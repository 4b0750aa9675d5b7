/**
 * Simulation of customer histories from the BG/NBD or MBG/NBD generative story, for checking that a fit
 * recovers known parameters. Deterministic for a given seed.
 */
import type { CustomerHistory, PurchaseModel, PurchaseModelParams } from './purchase-terms.js';

/** mulberry32: a small, fast generator of uniforms in [0, 1); statistically fine for simulation checks. */
export function seededUniform(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniform in (0, 1): logarithms of it stay finite. */
const openUniform = (uniform: () => number): number => {
  let u = uniform();
  while (u === 0) u = uniform();
  return u;
};

function standardNormal(uniform: () => number): number {
  // Box–Muller; one of the pair is enough here.
  return Math.sqrt(-2 * Math.log(openUniform(uniform))) * Math.cos(2 * Math.PI * uniform());
}

/** Gamma(shape, rate) by Marsaglia & Tsang (2000); shapes below 1 use the U^(1/shape) boost. */
export function sampleGamma(uniform: () => number, shape: number, rate: number): number {
  if (shape < 1) return sampleGamma(uniform, shape + 1, rate) * openUniform(uniform) ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const z = standardNormal(uniform);
    const v = (1 + c * z) ** 3;
    if (v <= 0) continue;
    const u = openUniform(uniform);
    if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) return (d * v) / rate;
  }
}

/** Beta(a, b) as G_a / (G_a + G_b) with independent Gamma variates. */
export function sampleBeta(uniform: () => number, a: number, b: number): number {
  const x = sampleGamma(uniform, a, 1);
  return x / (x + sampleGamma(uniform, b, 1));
}

/**
 * One customer observed for T after the first purchase: purchases arrive as a Poisson process with rate λ;
 * after each repeat purchase (and under MBG/NBD also at the first one, time 0) the customer drops out with
 * probability p, and then buys nothing more.
 */
export function simulateCustomer(
  uniform: () => number,
  lambda: number,
  p: number,
  T: number,
  model: PurchaseModel,
): CustomerHistory {
  let x = 0;
  let tx = 0;
  if (model === 'mbgnbd' && uniform() < p) return { x, tx, T };
  for (let time = -Math.log(openUniform(uniform)) / lambda; time <= T;) {
    x += 1;
    tx = time;
    if (uniform() < p) break;
    time += -Math.log(openUniform(uniform)) / lambda;
  }
  return { x, tx, T };
}

/**
 * A population of customers with λ ~ Gamma(r, alpha) and p ~ Beta(a, b); `ages` gives each customer's T,
 * cycling through the list (a spread of ages, as in a cohort acquired over weeks, helps identify the model).
 */
export function simulatePopulation(
  params: PurchaseModelParams,
  options: { customers: number; ages: readonly number[]; seed: number; model: PurchaseModel },
): CustomerHistory[] {
  const uniform = seededUniform(options.seed);
  const { ages } = options;
  return Array.from({ length: options.customers }, (_, i) => {
    const lambda = sampleGamma(uniform, params.r, params.alpha);
    const p = sampleBeta(uniform, params.a, params.b);
    return simulateCustomer(uniform, lambda, p, ages[i % ages.length]!, options.model);
  });
}
