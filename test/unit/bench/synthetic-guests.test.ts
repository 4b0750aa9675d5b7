import { describe, expect, it } from 'vitest';
import { syntheticGuests } from '../../../lib/bench/synthetic-guests.js';

const purchase = { r: 0.525, alpha: 6.18, a: 0.891, b: 1.614 };
const spend = { p: 6.25, q: 3.74, v: 15.44 };
const options = { guests: 5_000, seed: 11, model: 'mbgnbd' as const, maxAgeWeeks: 156 };

describe('syntheticGuests', () => {
  it('draws the same guests for the same seed and different ones for another', () => {
    expect(syntheticGuests(purchase, spend, options)).toEqual(syntheticGuests(purchase, spend, options));
    expect(syntheticGuests(purchase, spend, { ...options, seed: 12 })).not.toEqual(
      syntheticGuests(purchase, spend, options),
    );
  });

  it('gives every guest a possible history and a positive mean spend', () => {
    for (const { x, tx, T, meanSpend } of syntheticGuests(purchase, spend, options)) {
      expect(Number.isInteger(x) && x >= 0).toBe(true);
      expect(T).toBeGreaterThanOrEqual(1);
      expect(T).toBeLessThanOrEqual(options.maxAgeWeeks);
      expect(tx).toBeGreaterThanOrEqual(0);
      expect(tx).toBeLessThanOrEqual(T);
      if (x === 0) expect(tx).toBe(0);
      expect(meanSpend).toBeGreaterThan(0);
    }
  });

  it('looks like the population it is drawn from: many one-time guests, spend near the model mean', () => {
    const guests = syntheticGuests(purchase, spend, options);
    const oneTime = guests.filter((guest) => guest.x === 0).length / guests.length;
    const meanSpend = guests.reduce((sum, guest) => sum + guest.meanSpend, 0) / guests.length;
    expect(oneTime).toBeGreaterThan(0.3);
    expect(oneTime).toBeLessThan(0.8);
    // E[spend per stay] = v·p / (q − 1) ≈ 35.2 under Gamma-Gamma.
    expect(meanSpend).toBeGreaterThan(30);
    expect(meanSpend).toBeLessThan(40);
  });
});
