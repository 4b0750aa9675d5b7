import { describe, expect, inject, it } from 'vitest';
import { issueToken } from '../../lib/local/token-issuer.js';
import { call, completedStay, makeKeyCustomer, uniqueId } from './client.js';
import { eventually } from './eventually.js';

const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
const checkIn = day(30);
const checkOut = day(34);

async function keyGuest() {
  const guestId = uniqueId('vip');
  const email = `${guestId}@example.com`;
  await call(`/v1/guests/${guestId}`, {
    method: 'PUT',
    body: {
      name: 'Zhang Min',
      email,
      birthday: `1980-${day(32).slice(5)}`,
      accountManagerId: 'am-7',
      preferences: {
        room: { floor: 'high', quiet: true },
        gifts: { likes: ['tea'], dislikes: ['chocolate', 'flowers'] },
        transport: { airportPickup: true },
      },
    },
  });
  // Spend of 90,000 within the last 12 months meets the key floor whatever the percentile.
  await makeKeyCustomer(guestId, [-200, -120, -40]);
  return { guestId, email };
}

const reservation = (identifier: Record<string, string>, extra: Record<string, unknown> = {}) => ({
  ...identifier,
  propertyId: 'sh-bund',
  checkIn,
  checkOut,
  arrival: { mode: 'air', airport: 'PVG', flightNumber: 'MU5101', at: `${checkIn}T14:05:00+08:00` },
  ...extra,
});

describe('POST /v1/recommendations', () => {
  it('gives a key guest with a birthday in the stay, arriving by air with a pickup preference, a gift and a driver', async () => {
    const { guestId } = await keyGuest();

    const { status, json } = await call('/v1/recommendations', { method: 'POST', body: reservation({ guestId }) });
    const byType = (type: string) => json.recommendations.find((r: { type: string }) => r.type === type);

    expect(status).toBe(200);
    expect(json).toMatchObject({
      guestId,
      tier: 'key',
      accountManagerId: 'am-7',
      roomPreferences: { floor: 'high', quiet: true },
    });
    expect(byType('gift').details.giftId).not.toMatch(/chocolates|flowers/);
    expect(byType('gift').reasons.map((r: { code: string }) => r.code)).toContain('BIRTHDAY_DURING_STAY');
    expect(byType('driver').reasons.map((r: { code: string }) => r.code)).toContain(
      'ARRIVES_BY_AIR_WITH_PICKUP_PREFERENCE',
    );
    expect(byType('butler').details.accountManagerId).toBe('am-7');
  });

  it('finds the guest by email and answers in Chinese when asked', async () => {
    const { guestId, email } = await keyGuest();

    const { json } = await call('/v1/recommendations', {
      method: 'POST',
      body: reservation({ email: email.toUpperCase() }),
      headers: { 'accept-language': 'zh-CN,zh;q=0.9' },
    });

    expect(json.guestId).toBe(guestId);
    expect(json.language).toBe('zh-CN');
    expect(json.recommendations[0].action).toMatch(/[\u4e00-\u9fff]/);
  });

  it('answers an unknown email with tier new and first-stay recommendations', async () => {
    const { status, json } = await call('/v1/recommendations', {
      method: 'POST',
      body: reservation({ email: 'nobody@example.com' }),
    });

    expect(status).toBe(200);
    expect(json).toMatchObject({ guestId: null, tier: 'new' });
    expect(json.recommendations.map((r: { type: string }) => r.type)).toContain('welcome');
  });

  it('refuses a check-out before the check-in, a bad arrival time and a missing guest identifier, naming each field', async () => {
    const backwards = await call('/v1/recommendations', {
      method: 'POST',
      body: reservation({ guestId: 'g' }, { checkOut: day(1), checkIn: day(5) }),
    });
    const badTime = await call('/v1/recommendations', {
      method: 'POST',
      body: reservation({ guestId: 'g' }, { arrival: { mode: 'air', at: 'tomorrow at noon' } }),
    });
    const anonymous = await call('/v1/recommendations', { method: 'POST', body: reservation({}) });
    const paths = (r: { json: { errors: { path: string }[] } }) => r.json.errors.map((e) => e.path);

    expect(backwards.status).toBe(400);
    expect(paths(backwards)).toContain('body.checkOut');
    expect(paths(badTime)).toContain('body.arrival.at');
    expect(paths(anonymous)).toContain('body.guestId');
  });

  it('answers a guest with no preferences, stays or score sensibly', async () => {
    const guestId = uniqueId('bare');
    await call(`/v1/guests/${guestId}`, { method: 'PUT', body: { name: 'Bare' } });

    const { status, json } = await call('/v1/recommendations', { method: 'POST', body: reservation({ guestId }) });

    expect(status).toBe(200);
    expect(json.recommendations.map((r: { type: string }) => r.type)).toEqual(['welcome']);
  });
});

describe('GET /v1/guests/{id}/perks with the guest’s own token', () => {
  it('shows the tier, its benefits and progress, and nothing of anyone else', async () => {
    const { guestId } = await keyGuest();
    const other = uniqueId('other');
    await call(`/v1/guests/${other}`, { method: 'PUT', body: { name: 'Other' } });
    const bearer = await issueToken(inject('dataDirectory'), { tenant: 'demo', subject: guestId, expiresIn: '5m' });

    const own = await call(`/v1/guests/${guestId}/perks`, { as: { bearer } });
    const theirs = await call(`/v1/guests/${other}/perks`, { as: { bearer } });
    const staffOnly = await call(`/v1/guests/${guestId}`, { method: 'DELETE', as: { bearer } });
    const booking = await call('/v1/recommendations', {
      method: 'POST',
      body: reservation({ guestId }),
      as: { bearer },
    });

    expect(own.status).toBe(200);
    expect(own.json.tier).toBe('key');
    expect(own.json.benefits.map((b: { code: string }) => b.code)).toContain('DEDICATED_MANAGER');
    expect(own.json.keep.paths.map((p: { path: string }) => p.path)).toEqual(['value', 'nights', 'stays', 'spend']);
    expect(theirs.status).toBe(404);
    expect(staffOnly.status).toBe(403);
    expect(booking.status).toBe(403);
  });

  it('shows a small guest what is still needed for the next tier, and by when', async () => {
    const guestId = uniqueId('small');
    await call(`/v1/guests/${guestId}`, { method: 'PUT', body: { name: 'Small' } });
    await call(`/v1/guests/${guestId}/stays/s1`, {
      method: 'PUT',
      body: completedStay({ checkIn: day(-10), checkOut: day(-8), revenue: { room: 500 }, cost: 200 }),
    });
    await eventually(
      () => call(`/v1/guests/${guestId}/score`),
      (r) => r.status === 200 && r.json.computedFrom.completedStays === 1,
    );

    const { json } = await call(`/v1/guests/${guestId}/perks`);

    expect(json.tier).toBe('small');
    expect(json.progress.tier).toBe('normal');
    expect(json.progress.paths.find((p: { path: string }) => p.path === 'stays')).toMatchObject({
      required: 4,
      current: 1,
      stillNeeded: 3,
    });
    expect(json.progress.by).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
