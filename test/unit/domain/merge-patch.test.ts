import { describe, expect, it } from 'vitest';
import { applyMergePatch } from '../../../lib/domain/merge-patch.js';

describe('applyMergePatch (RFC 7396)', () => {
  it('merges nested objects key by key', () => {
    expect(applyMergePatch({ a: { b: 1, c: 2 } }, { a: { c: 3 } })).toEqual({ a: { b: 1, c: 3 } });
  });

  it('removes a key patched with null', () => {
    expect(applyMergePatch({ a: 1, b: 2 }, { a: null })).toEqual({ b: 2 });
  });

  it('replaces arrays whole rather than merging them', () => {
    expect(applyMergePatch({ likes: ['tea', 'jazz'] }, { likes: ['wine'] })).toEqual({ likes: ['wine'] });
  });

  it('replaces the whole target when the patch is not an object', () => {
    expect(applyMergePatch({ a: 1 }, 'text')).toBe('text');
  });

  it('leaves the original untouched', () => {
    const original = { a: { b: 1 } };
    applyMergePatch(original, { a: { b: 2 } });
    expect(original).toEqual({ a: { b: 1 } });
  });
});
