import { describe, expect, it } from 'vitest';
import { recommendForStay } from '../../../../lib/domain/recommendations/engine.js';
import type { GuestFacts, Reservation } from '../../../../lib/domain/recommendations/types.js';
import { summarizeStays } from '../../../../lib/domain/stay-summary.js';
import type { Guest } from '../../../../lib/schemas/guest.js';
import { defaultTenantConfig } from '../../../../lib/schemas/tenant-config.js';

const config = defaultTenantConfig;
const stay: Reservation = { propertyId: 'sh-bund', checkIn: '2026-12-23', checkOut: '2026-12-27' };
const byAir: Reservation = {
  ...stay,
  arrival: { mode: 'air', airport: 'PVG', flightNumber: 'MU5101', at: '2026-12-23T14:05:00+08:00' },
};

function guest(profile: Partial<Guest> = {}, extra: Partial<GuestFacts> = {}): GuestFacts {
  return {
    profile: {
      guestId: 'g1',
      name: 'Zhang Min',
      version: 1,
      createdAt: '2020-01-01T00:00:00Z',
      updatedAt: '2020-01-01T00:00:00Z',
      ...profile,
    },
    summary: summarizeStays([
      {
        status: 'completed',
        checkIn: '2025-03-01',
        nights: 2,
        revenue: 3000,
        cost: 1000,
        currency: 'CNY',
        roomType: 'executive',
        roomFeatures: { view: 'river' },
        gift: 'tea-set',
      },
    ]),
    score: { tier: 'key', valueScore: 92, quadrant: 'apostle', clv: { pAlive: 0.9, value12m: 30_000 } },
    ...extra,
  };
}
const types = (result: ReturnType<typeof recommendForStay>) => result.recommendations.map((r) => r.type);
const codes = (result: ReturnType<typeof recommendForStay>, type: string) =>
  result.recommendations.filter((r) => r.type === type).flatMap((r) => r.reasons.map((reason) => reason.code));

describe('recommendForStay', () => {
  it('gives a key guest with a birthday during the stay, arriving by air with a pickup preference, a gift and a driver', () => {
    const vip = guest({
      birthday: '1980-12-25',
      preferences: { transport: { airportPickup: true }, gifts: { likes: ['fruit'] } },
    });

    const result = recommendForStay(vip, byAir, config, 'en');

    expect(types(result)).toEqual(expect.arrayContaining(['gift', 'driver', 'butler']));
    expect(codes(result, 'gift')).toEqual(expect.arrayContaining(['BIRTHDAY_DURING_STAY', 'GIFT_MATCHES_LIKES']));
    expect(codes(result, 'driver')).toContain('ARRIVES_BY_AIR_WITH_PICKUP_PREFERENCE');
    expect(result.recommendations.find((r) => r.type === 'driver')?.details.pickupAt).toBe('2026-12-23T14:35:00+08:00');
    expect(result.recommendations.every((r) => r.reasons.length > 0)).toBe(true);
  });

  it('never gives a disliked gift, one the diet rules out, or the last stay’s gift', () => {
    const picky = guest({
      birthday: '1980-12-24',
      preferences: {
        gifts: { likes: ['wine', 'tea', 'cake'], dislikes: ['fruit'] },
        dining: { dietary: ['halal'], allergies: ['gluten'] },
      },
    });

    const gift = recommendForStay(picky, stay, config, 'en').recommendations.find((r) => r.type === 'gift');

    expect(gift?.details.giftId).not.toMatch(/^(wine|tea-set|birthday-cake|fruit-basket)$/);
    expect(gift?.details.giftId).toBeDefined();
  });

  it('answers an unknown guest with tier new and a first-stay welcome', () => {
    const result = recommendForStay(null, stay, config, 'en');

    expect(result).toMatchObject({ guestId: null, tier: 'new' });
    expect(codes(result, 'welcome')).toEqual(['UNKNOWN_GUEST']);
  });

  it('uses only what the guest stated and service obligations when profiling consent is off', () => {
    const private_ = guest(
      {
        consent: { profiling: false },
        preferences: { room: { floor: 'low' }, dining: { allergies: ['shellfish'] } },
      },
      { complaints: { open: [{ complaintId: 'c1', category: 'noise', severity: 'medium' }], awaitingFollowUp: [] } },
    );

    const result = recommendForStay(private_, byAir, config, 'en');

    expect(result.roomPreferences).toEqual({ floor: 'low' });
    expect(types(result)).not.toContain('butler');
    expect(types(result)).not.toContain('upgrade');
    expect(types(result)).not.toContain('driver');
    expect(types(result)).toEqual(expect.arrayContaining(['room', 'dining', 'service_recovery']));
  });

  it('learns room preferences from history, but the guest’s word wins', () => {
    const result = recommendForStay(guest({ preferences: { room: { view: 'garden' } } }), stay, config, 'en');

    expect(result.roomPreferences).toEqual({ view: 'garden', roomType: 'executive' });
    expect(codes(result, 'room')).toEqual(['STATED_ROOM_PREFERENCE', 'LEARNED_FROM_HISTORY']);
  });

  it('puts accessibility needs first', () => {
    const result = recommendForStay(
      guest({ preferences: { room: { accessibility: ['wheelchair'] } } }),
      stay,
      config,
      'en',
    );
    const room = result.recommendations.find((r) => r.type === 'room');

    expect(room?.priority).toBe(95);
    expect(room?.reasons[0]?.code).toBe('ACCESSIBILITY_NEED');
  });

  it('leaves out what the budget cannot pay for, says so, and keeps obligations', () => {
    const small = guest(
      { birthday: '1990-12-24', preferences: { transport: { airportPickup: true } } },
      {
        score: { tier: 'small', valueScore: 10, quadrant: 'unknown', clv: { pAlive: 0.5, value12m: 100 } },
        complaints: { open: [{ complaintId: 'c9', category: 'cleanliness', severity: 'high' }], awaitingFollowUp: [] },
      },
    );

    const result = recommendForStay(small, byAir, config, 'en');

    expect(result.budget.amount).toBe(config.perkBudget.minimum.small);
    expect(types(result)).toContain('service_recovery');
    expect(result.budget.omitted.map((o) => o.type)).toContain('driver');
    expect(result.budget.omitted.flatMap((o) => o.reasons.map((r) => r.code))).toContain('OVER_BUDGET');
  });

  it('puts an open complaint of a key customer on top', () => {
    const unhappy = guest(
      {},
      { complaints: { open: [{ complaintId: 'c2', category: 'noise', severity: 'low' }], awaitingFollowUp: [] } },
    );

    const [first] = recommendForStay(unhappy, stay, config, 'en').recommendations;

    expect(first).toMatchObject({ type: 'service_recovery', priority: 100 });
    expect(first?.reasons[0]?.code).toBe('OPEN_COMPLAINT_LAST_STAY');
  });

  it('speaks Simplified Chinese with the same codes, and shows money in the stay’s currency', () => {
    const vip = guest({ birthday: '1980-12-25' });
    const english = recommendForStay(vip, { ...stay, currency: 'USD' }, config, 'en');
    const chinese = recommendForStay(vip, { ...stay, currency: 'USD' }, config, 'zh-CN');

    expect(chinese.recommendations.map((r) => r.reasons.map((x) => x.code))).toEqual(
      english.recommendations.map((r) => r.reasons.map((x) => x.code)),
    );
    expect(chinese.recommendations.find((r) => r.type === 'gift')?.action).toMatch(/[\u4e00-\u9fff]/);
    expect(english.recommendations.find((r) => r.type === 'gift')?.estimatedCost.currency).toBe('USD');
  });

  it('celebrates a 29 February birthday on the 28th in other years, and across the new year', () => {
    const leapling = guest({ birthday: '1992-02-29' });
    const newYear = guest({ birthday: '1985-01-01' });

    expect(
      types(recommendForStay(leapling, { ...stay, checkIn: '2027-02-27', checkOut: '2027-03-01' }, config, 'en')),
    ).toContain('gift');
    expect(
      types(recommendForStay(newYear, { ...stay, checkIn: '2026-12-30', checkOut: '2027-01-02' }, config, 'en')),
    ).toContain('gift');
  });
});
