import { describe, expect, it } from 'vitest';
import { cachedKeyLookup } from '../../../lib/auth/key-cache.js';

describe('cachedKeyLookup', () => {
  it('reads a known key once within its time to live, and again after it', async () => {
    let clock = 0;
    let reads = 0;
    const lookup = cachedKeyLookup(async () => (reads++, 'demo'), {
      knownTtlMs: 1000,
      unknownTtlMs: 10,
      now: () => clock,
    });

    await lookup('k');
    clock = 999;
    await lookup('k');
    clock = 1001;
    await lookup('k');

    expect(reads).toBe(2);
  });

  it('forgets an unknown key sooner, so a newly issued key works within seconds', async () => {
    let clock = 0;
    let tenant: string | undefined;
    const lookup = cachedKeyLookup(async () => tenant, { knownTtlMs: 60_000, unknownTtlMs: 5_000, now: () => clock });

    expect(await lookup('new')).toBeUndefined();
    tenant = 'demo';
    clock = 5_001;
    expect(await lookup('new')).toBe('demo');
  });

  it('stays within its size bound', async () => {
    let reads = 0;
    const lookup = cachedKeyLookup(async () => (reads++, 'demo'), {
      knownTtlMs: 60_000,
      unknownTtlMs: 1,
      maxEntries: 2,
    });

    await lookup('a');
    await lookup('b');
    await lookup('c');
    await lookup('a');

    expect(reads).toBe(4);
  });
});
