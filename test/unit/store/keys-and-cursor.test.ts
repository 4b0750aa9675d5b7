import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../../lib/domain/errors.js';
import { decodeCursor, encodeCursor } from '../../../lib/store/cursor.js';
import { guestHeaderPrefix, keys, normalize } from '../../../lib/store/keys.js';

describe('keys', () => {
  it('put the tenant first in every guest partition', () => {
    expect(keys.profile('demo', 'g1').pk).toBe('T#demo#G#g1');
    expect(keys.stay('demo', 'g1', 's1')).toEqual({ pk: 'T#demo#G#g1', sk: 'STAY#s1' });
  });

  it('give the profile, totals and score one sort-key prefix so one query reads them', () => {
    const sortKeys = [keys.profile('t', 'g').sk, keys.staySummary('t', 'g').sk, keys.score('t', 'g').sk];
    expect(sortKeys.every((sk) => sk.startsWith(guestHeaderPrefix))).toBe(true);
    expect(keys.stay('t', 'g', 's').sk.startsWith(guestHeaderPrefix)).toBe(false);
  });

  it('normalise contact details so that case and punctuation do not matter', () => {
    expect(normalize.email(' Li.Wei@Example.COM ')).toBe('li.wei@example.com');
    expect(normalize.phone('+86 (138) 0000-1234')).toBe('+8613800001234');
    expect(normalize.loyaltyNumber(' gold-7 ')).toBe('GOLD-7');
  });
});

describe('cursor', () => {
  const lastKey = { pk: 'T#demo#G#g1', sk: 'STAY#s2' };

  it('reads back the key it was made from', () => {
    expect(decodeCursor(encodeCursor(lastKey)!, { pk: 'T#demo#G#g1' }, { sk: 'STAY#' })).toEqual(lastKey);
  });

  it('is null when there is no further page', () => {
    expect(encodeCursor(undefined)).toBeNull();
  });

  it("refuses a cursor of another guest's list, even one whose id starts the same", () => {
    const cursor = encodeCursor(lastKey)!;
    expect(() => decodeCursor(cursor, { pk: 'T#demo#G#g10' })).toThrow(InvalidInputError);
    expect(() => decodeCursor(cursor, { pk: 'T#demo2#G#g1' })).toThrow(InvalidInputError);
  });

  it('refuses garbage', () => {
    expect(() => decodeCursor('%%%', { pk: 'x' })).toThrow(InvalidInputError);
    expect(() => decodeCursor(Buffer.from('[1]').toString('base64url'), { pk: 'x' })).toThrow(InvalidInputError);
  });
});
