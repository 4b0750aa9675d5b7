import { describe, expect, it } from 'vitest';
import { rateLimiter } from '../../../lib/local/rate-limiter.js';

describe('rateLimiter', () => {
  it('allows a burst, then the sustained rate, per caller', () => {
    let clock = 0;
    const limiter = rateLimiter(10, 3, () => clock);

    const burst = [1, 2, 3, 4].map(() => limiter.allow('a'));
    const otherCaller = limiter.allow('b');
    clock = 100; // a tenth of a second: one token back
    const afterRefill = [limiter.allow('a'), limiter.allow('a')];

    expect(burst).toEqual([true, true, true, false]);
    expect(otherCaller).toBe(true);
    expect(afterRefill).toEqual([true, false]);
  });
});
