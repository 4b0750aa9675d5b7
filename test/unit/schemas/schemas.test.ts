import { describe, expect, it } from 'vitest';
import { guestInputSchema, guestLookupQuerySchema } from '../../../lib/schemas/guest.js';
import { toFieldErrors } from '../../../lib/schemas/issues.js';
import { stayInputSchema } from '../../../lib/schemas/stay.js';

const stay = { propertyId: 'p1', checkIn: '2026-01-01', checkOut: '2026-01-03', status: 'completed', currency: 'CNY' };

describe('guest schema', () => {
  it('accepts a full profile', () => {
    const result = guestInputSchema.safeParse({
      name: '李伟',
      email: 'li@example.cn',
      phone: '+86 (10) 1234-5678',
      birthday: '1980-02-29',
      segment: 'corporate',
      language: 'zh-CN',
      consent: { marketing: true, profiling: false },
      preferences: {
        room: { floor: 'high', temperatureC: 21 },
        dining: { allergies: ['peanut'] },
        transport: { airportPickup: true },
      },
    });
    expect(result.success).toBe(true);
  });

  it('refuses unknown fields so a typo is not silently dropped', () => {
    const result = guestInputSchema.safeParse({ name: 'A', emial: 'a@b.co' });
    expect(result.success).toBe(false);
  });

  it('names every invalid field with its path', () => {
    const result = guestInputSchema.safeParse({
      name: 'A',
      birthday: '1990-13-01',
      preferences: { room: { temperatureC: 40 } },
    });
    expect(result.success).toBe(false);
    expect(
      toFieldErrors(result.error!.issues, 'body')
        .map((e) => e.path)
        .sort(),
    ).toEqual(['body.birthday', 'body.preferences.room.temperatureC']);
  });

  it('asks for exactly one lookup key', () => {
    expect(guestLookupQuerySchema.safeParse({}).success).toBe(false);
    expect(guestLookupQuerySchema.safeParse({ email: 'a@b.co', phone: '123456' }).success).toBe(false);
    expect(guestLookupQuerySchema.safeParse({ loyaltyNumber: 'GOLD-1' }).success).toBe(true);
  });
});

describe('stay schema', () => {
  it('fills revenue and cost with zero when they are left out', () => {
    expect(stayInputSchema.parse(stay)).toMatchObject({ revenue: { room: 0, fnb: 0, other: 0 }, cost: 0 });
  });

  it('refuses a check-out before the check-in', () => {
    const result = stayInputSchema.safeParse({ ...stay, checkOut: '2025-12-31' });
    expect(result.error?.issues[0]?.path).toEqual(['checkOut']);
  });

  it('refuses negative money and lower-case currencies', () => {
    const result = stayInputSchema.safeParse({ ...stay, cost: -1, currency: 'cny' });
    expect(result.error?.issues.map((i) => i.path[0]).sort()).toEqual(['cost', 'currency']);
  });
});
