import type { PurchaseModel, PurchaseModelParams } from '../domain/clv/purchase-terms.js';
import type { SpendParams } from '../domain/clv/gamma-gamma.js';
import { sampleBeta, sampleGamma, seededUniform, simulateCustomer } from '../domain/clv/simulate.js';

/** A synthetic guest: purchase history in weeks (x repeat stays, the last at tx, first stay T ago) and mean profit per stay. */
export interface SyntheticGuest {
  x: number;
  tx: number;
  T: number;
  meanSpend: number;
}

/** How a synthetic population is drawn. */
export interface SyntheticPopulationOptions {
  guests: number;
  seed: number;
  model: PurchaseModel;
  /** Longest time since a guest's first stay, in weeks; each guest's T is uniform in [1, maxAgeWeeks]. */
  maxAgeWeeks: number;
}

/**
 * Guests drawn from the models' own generative story, so that they are what a population with these
 * parameters looks like: λ ~ Gamma(r, α) and p ~ Beta(a, b) per guest, stays from the (M)BG/NBD process
 * over an age uniform up to `maxAgeWeeks` (a hotel acquiring guests steadily for years), and per guest a
 * ν ~ Gamma(q, v), each stay worth Gamma(p, ν), so that the mean of n stays is Gamma(np, nν). A guest
 * without repeat stays gets the value of the first one. Deterministic for a given seed.
 */
export function syntheticGuests(
  purchase: PurchaseModelParams,
  spend: SpendParams,
  options: SyntheticPopulationOptions,
): SyntheticGuest[] {
  const uniform = seededUniform(options.seed);
  const guests: SyntheticGuest[] = new Array<SyntheticGuest>(options.guests);
  for (let i = 0; i < options.guests; i += 1) {
    const lambda = sampleGamma(uniform, purchase.r, purchase.alpha);
    const dropout = sampleBeta(uniform, purchase.a, purchase.b);
    const T = 1 + uniform() * (options.maxAgeWeeks - 1);
    const { x, tx } = simulateCustomer(uniform, lambda, dropout, T, options.model);
    const nu = sampleGamma(uniform, spend.q, spend.v);
    const stays = Math.max(x, 1);
    guests[i] = { x, tx, T, meanSpend: sampleGamma(uniform, spend.p * stays, nu * stays) };
  }
  return guests;
}
