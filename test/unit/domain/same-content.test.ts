import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameContent } from '../../../lib/domain/same-content.js';

/** The definition: equal JSON once every object's keys are sorted. */
function canonical(value: unknown): string | undefined {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

const reordered = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(reordered)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value)
            .reverse()
            .map(([k, v]) => [k, reordered(v)]),
        )
      : value;

const values = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(null, undefined, 0, -0, 1, 2.5, Number.NaN, '', 'a', true, false),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), tie('value'), { maxKeys: 4 }),
  ),
})).value;

describe('sameContent', () => {
  it('agrees with comparing key-sorted JSON, for any two values', () => {
    fc.assert(
      fc.property(values, values, (a, b) => {
        expect(sameContent(a, b)).toBe(canonical(a) === canonical(b));
      }),
      { numRuns: 3000 },
    );
  });

  it('ignores the order of keys and undefined members', () => {
    fc.assert(
      fc.property(values, (a) => {
        expect(sameContent(a, reordered(a))).toBe(true);
      }),
    );
    expect(sameContent({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameContent({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameContent([1, undefined], [1, null])).toBe(true);
    expect(sameContent({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
  });
});
