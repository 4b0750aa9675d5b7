import { beforeEach, describe, expect, it } from 'vitest';
import { call, completedStay, uniqueId } from './client.js';

let guestId: string;
const summaryOf = async () => (await call(`/v1/guests/${guestId}/export`)).json.staySummary;

beforeEach(async () => {
  guestId = uniqueId('stay-guest');
  await call(`/v1/guests/${guestId}`, { method: 'PUT', body: { name: 'Chen Jing' } });
});

describe('stays', () => {
  it('keeps one stay and counts it once when the same PUT arrives three times', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      statuses.push((await call(`/v1/guests/${guestId}/stays/r-100`, { method: 'PUT', body: completedStay() })).status);
    }
    const list = await call(`/v1/guests/${guestId}/stays`);

    expect(statuses).toEqual([201, 200, 200]);
    expect(list.json.items).toHaveLength(1);
    expect(await summaryOf()).toMatchObject({
      completedStays: 1,
      nights: 3,
      byCurrency: { CNY: { revenue: 3600, cost: 1200 } },
    });
  });

  it('corrects the totals when a stay is amended and when it is cancelled', async () => {
    await call(`/v1/guests/${guestId}/stays/a`, {
      method: 'PUT',
      body: completedStay({ checkIn: '2025-01-10', checkOut: '2025-01-12' }),
    });
    await call(`/v1/guests/${guestId}/stays/b`, {
      method: 'PUT',
      body: completedStay({ checkIn: '2026-05-01', checkOut: '2026-05-02' }),
    });
    await call(`/v1/guests/${guestId}/stays/a`, {
      method: 'PUT',
      body: completedStay({ checkIn: '2025-01-10', checkOut: '2025-01-12', revenue: { room: 1000 } }),
    });
    const amended = await summaryOf();
    await call(`/v1/guests/${guestId}/stays/b`, {
      method: 'PUT',
      body: completedStay({ checkIn: '2026-05-01', checkOut: '2026-05-02', status: 'cancelled' }),
    });
    const cancelled = await summaryOf();

    expect(amended).toMatchObject({
      completedStays: 2,
      nights: 3,
      byCurrency: { CNY: { revenue: 4600 } },
      lastStayOn: '2026-05-01',
    });
    expect(cancelled).toMatchObject({
      completedStays: 1,
      cancelledStays: 1,
      nights: 2,
      byCurrency: { CNY: { revenue: 1000, cost: 1200 } },
      firstStayOn: '2025-01-10',
      lastStayOn: '2025-01-10',
    });
  });

  it('refuses a stay for a guest that does not exist', async () => {
    const response = await call(`/v1/guests/${uniqueId('nobody')}/stays/x`, { method: 'PUT', body: completedStay() });

    expect(response.status).toBe(404);
    expect(response.json.detail).toMatch(/create the guest/);
  });

  it('pages through stays with a cursor until the cursor is null', async () => {
    for (let i = 0; i < 5; i += 1) {
      await call(`/v1/guests/${guestId}/stays/p${i}`, { method: 'PUT', body: completedStay() });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const page = await call(`/v1/guests/${guestId}/stays?limit=2${query}`);
      seen.push(...page.json.items.map((s: { stayId: string }) => s.stayId));
      cursor = page.json.cursor;
      pages += 1;
    } while (cursor && pages < 10);

    expect(seen.sort()).toEqual(['p0', 'p1', 'p2', 'p3', 'p4']);
  });

  it("refuses a cursor made for another guest's list", async () => {
    await call(`/v1/guests/${guestId}/stays/c1`, { method: 'PUT', body: completedStay() });
    await call(`/v1/guests/${guestId}/stays/c2`, { method: 'PUT', body: completedStay() });
    const { json } = await call(`/v1/guests/${guestId}/stays?limit=1`);
    const other = uniqueId('other');
    await call(`/v1/guests/${other}`, { method: 'PUT', body: { name: 'Other' } });

    const reused = await call(`/v1/guests/${other}/stays?cursor=${encodeURIComponent(json.cursor)}`);
    const garbage = await call(`/v1/guests/${guestId}/stays?cursor=not-a-cursor`);

    expect(json.cursor).toEqual(expect.any(String));
    expect(reused.status).toBe(400);
    expect(garbage.status).toBe(400);
  });

  it('lists both invalid fields of a stay', async () => {
    const response = await call(`/v1/guests/${guestId}/stays/bad`, {
      method: 'PUT',
      body: completedStay({ status: 'finished', currency: 'yuan' }),
    });

    expect(response.status).toBe(400);
    expect(response.json.errors.map((e: { path: string }) => e.path).sort()).toEqual(['body.currency', 'body.status']);
  });
});
