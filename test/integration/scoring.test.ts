import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, inject, it } from 'vitest';
import { openStore } from '../../lib/store/client.js';
import { call, completedStay, uniqueId } from './client.js';
import { eventually } from './eventually.js';

const scoreOf = (guestId: string) => call(`/v1/guests/${guestId}/score`);
const scored =
  (predicate: (score: any) => boolean = () => true) =>
  (r: { status: number; json: any }) =>
    r.status === 200 && predicate(r.json);

async function guestWithStays(count: number, room: number, segment = 'leisure') {
  const guestId = uniqueId('score');
  await call(`/v1/guests/${guestId}`, { method: 'PUT', body: { name: 'Scored Guest', segment } });
  for (let i = 0; i < count; i += 1) {
    const month = String((i % 11) + 1).padStart(2, '0');
    const year = 2024 + Math.floor(i / 11);
    await call(`/v1/guests/${guestId}/stays/s${i}`, {
      method: 'PUT',
      body: completedStay({
        checkIn: `${year}-${month}-05`,
        checkOut: `${year}-${month}-07`,
        revenue: { room },
        cost: room * 0.4,
      }),
    });
  }
  return guestId;
}

describe('scores on the stream', () => {
  it('scores three guests of clearly different value in order of value', async () => {
    const small = await guestWithStays(1, 600);
    const normal = await guestWithStays(4, 2_000);
    const key = await guestWithStays(20, 6_000, 'corporate');

    const scoreWhenDone = (guestId: string, stays: number) =>
      eventually(
        () => scoreOf(guestId),
        scored((x) => x.computedFrom.completedStays === stays),
      );
    const [s, n, k] = [await scoreWhenDone(small, 1), await scoreWhenDone(normal, 4), await scoreWhenDone(key, 20)];

    expect(k.json.valueScore).toBeGreaterThan(n.json.valueScore);
    expect(n.json.valueScore).toBeGreaterThan(s.json.valueScore);
    expect(k.json.components.directProfit).toBeGreaterThan(n.json.components.directProfit);
    expect(n.json.components.directProfit).toBeGreaterThan(s.json.components.directProfit);
    expect(k.json.tier).toBe('key');
    expect(s.json.tier).toBe('small');
    for (const score of [s, n, k]) {
      expect(score.json.clv.pAlive).toBeGreaterThanOrEqual(0);
      expect(score.json.clv.pAlive).toBeLessThanOrEqual(1);
      expect(score.json.quadrant).toBe('unknown');
    }
  });

  it('lowers direct profit when a stay is cancelled', async () => {
    const guestId = await guestWithStays(3, 2_000);
    const before = await eventually(
      () => scoreOf(guestId),
      scored((x) => x.computedFrom.completedStays === 3),
    );

    await call(`/v1/guests/${guestId}/stays/s1`, {
      method: 'PUT',
      body: completedStay({
        checkIn: '2024-02-05',
        checkOut: '2024-02-07',
        revenue: { room: 2_000 },
        cost: 800,
        status: 'cancelled',
      }),
    });
    const after = await eventually(
      () => scoreOf(guestId),
      scored((x) => x.computedFrom.completedStays === 2),
    );

    expect(after.json.components.directProfit).toBeLessThan(before.json.components.directProfit);
  });

  it('writes no new score for changes that leave the score as it was', async () => {
    const guestId = await guestWithStays(2, 1_500);
    const first = await eventually(
      () => scoreOf(guestId),
      scored((x) => x.computedFrom.completedStays === 2),
    );

    // A profile change that scoring reads triggers a rescore; the result is the same score.
    await call(`/v1/guests/${guestId}`, { method: 'PATCH', body: { preferences: { room: { quiet: true } } } });
    await call(`/v1/guests/${guestId}/stays/marker`, {
      method: 'PUT',
      body: completedStay({ checkIn: '2026-06-01', checkOut: '2026-06-02', status: 'reserved' }),
    });
    // Records of one guest arrive in order: once a real change shows, the no-ops were processed before it.
    await call(`/v1/guests/${guestId}/stays/real`, {
      method: 'PUT',
      body: completedStay({ checkIn: '2026-07-01', checkOut: '2026-07-02' }),
    });
    const later = await eventually(
      () => scoreOf(guestId),
      scored((x) => x.computedFrom.completedStays === 3),
    );

    expect(later.json.revision).toBe(first.json.revision + 1);
  });

  it('credits a referrer with influence from the guests they referred', async () => {
    const referrer = await guestWithStays(1, 1_000);
    const before = await eventually(() => scoreOf(referrer), scored());
    const referred = uniqueId('referred');
    await call(`/v1/guests/${referred}`, { method: 'PUT', body: { name: 'Friend', referredBy: referrer } });
    await call(`/v1/guests/${referred}/stays/s1`, {
      method: 'PUT',
      body: completedStay({ revenue: { room: 10_000 }, cost: 2_000 }),
    });

    const after = await eventually(
      () => scoreOf(referrer),
      scored((x) => x.computedFrom.referrals === 1 && x.components.influence > 0),
    );

    expect(after.json.components.influence).toBeGreaterThan(before.json.components.influence);
  });

  it('forgets an erased guest in the ledger of whoever referred them', async () => {
    const referrer = await guestWithStays(1, 1_000);
    const referred = uniqueId('referred');
    await call(`/v1/guests/${referred}`, { method: 'PUT', body: { name: 'Friend', referredBy: referrer } });
    await call(`/v1/guests/${referred}/stays/s1`, { method: 'PUT', body: completedStay() });
    await eventually(
      () => scoreOf(referrer),
      scored((x) => x.computedFrom.referrals === 1),
    );

    await call(`/v1/guests/${referred}`, { method: 'DELETE', as: 'staff' });

    const after = await eventually(
      () => scoreOf(referrer),
      scored((x) => x.computedFrom.referrals === 0),
    );
    expect(after.json.components.influence).toBe(0);
  });

  it('answers 404 for the score of a guest that does not exist', async () => {
    expect((await scoreOf(uniqueId('nobody'))).status).toBe(404);
  });
});

describe('a record the scoring handler cannot use', () => {
  it('goes to the failure destination with its reason and does not hold up other guests', async () => {
    const { endpoint, table } = inject('credentials').dynamodb;
    const store = openStore({ tableName: table, endpoint });
    const strayKey = `T#demo#X#${uniqueId('stray')}`;
    await store.client.send(
      new PutCommand({ TableName: table, Item: { pk: strayKey, sk: 'G#PROFILE', entity: 'guest' } }),
    );
    const neighbour = await guestWithStays(1, 900);

    await eventually(() => scoreOf(neighbour), scored());
    const failures = await eventually(
      async () => {
        const path = join(inject('dataDirectory'), 'stream-failures.jsonl');
        return existsSync(path) ? readFileSync(path, 'utf8') : '';
      },
      (text) => text.includes(strayKey),
    );

    expect(failures).toMatch(/names no guest/);
  });
});
