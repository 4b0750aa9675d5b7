import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreIndexKeys, scoreShardOf, scoreShards } from '../../../lib/store/keys.js';
import { scoreShardsOfSegment } from '../../../lib/store/score-shards.js';

describe('score shards', () => {
  it('always puts a guest in the same shard of their own tenant', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9._-]{1,64}$/), (guestId) => {
        const shard = scoreShardOf(guestId);
        expect(shard).toBeGreaterThanOrEqual(0);
        expect(shard).toBeLessThan(scoreShards);
        expect(scoreShardOf(guestId)).toBe(shard);
        expect(scoreIndexKeys('demo', guestId)).toEqual({ gsi2pk: `T#demo#SCORES#${shard}`, gsi2sk: guestId });
      }),
    );
  });

  it('spreads a population evenly: no shard holds twice its share', () => {
    const counts = new Array<number>(scoreShards).fill(0);
    for (let i = 0; i < 64_000; i += 1) counts[scoreShardOf(`guest-${i}`)]! += 1;
    expect(Math.max(...counts)).toBeLessThan(2_000);
    expect(Math.min(...counts)).toBeGreaterThan(500);
  });

  it('gives every shard to exactly one segment, for any number of segments', () => {
    for (const segments of [1, 3, 16, 64, 100]) {
      const covered = Array.from({ length: segments }, (_, s) => scoreShardsOfSegment(s, segments)).flat();
      expect(covered.sort((a, b) => a - b)).toEqual(Array.from({ length: scoreShards }, (_, i) => i));
    }
  });
});
