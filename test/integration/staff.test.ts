import { describe, expect, it } from 'vitest';
import { call, completedStay, makeKeyCustomer, uniqueId } from './client.js';
import { eventually } from './eventually.js';

const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

async function keyGuest(managerId?: string) {
  const guestId = uniqueId('staff');
  await call(`/v1/guests/${guestId}`, {
    method: 'PUT',
    body: { name: 'Managed Guest', ...(managerId && { accountManagerId: managerId }) },
  });
  await makeKeyCustomer(guestId);
  return guestId;
}

describe('account managers', () => {
  it('assigns a manager and lists their guests with tier, value, open complaints and next arrival', async () => {
    const managerId = uniqueId('am');
    const guestId = await keyGuest();
    const assigned = await call(`/v1/guests/${guestId}/account-manager`, {
      method: 'PUT',
      body: { accountManagerId: managerId },
      as: 'staff',
    });
    await call(`/v1/guests/${guestId}/stays/next`, {
      method: 'PUT',
      body: completedStay({ checkIn: day(20), checkOut: day(22), status: 'reserved' }),
    });
    await call(`/v1/guests/${guestId}/complaints`, {
      method: 'POST',
      body: { category: 'room', severity: 'low', description: 'Stuck window' },
    });

    const { status, json } = await call(`/v1/account-managers/${managerId}/guests`, { as: 'staff' });

    expect(assigned.json.accountManagerId).toBe(managerId);
    expect(status).toBe(200);
    expect(json.items).toEqual([
      expect.objectContaining({
        guestId,
        tier: 'key',
        openComplaints: 1,
        nextArrival: day(20),
        valueScore: expect.any(Number),
      }),
    ]);
  });

  it('suggests the least-loaded manager for a key customer without one, and reassigns nobody', async () => {
    const busy = uniqueId('am-busy');
    await keyGuest(busy);
    await keyGuest(busy);
    const unmanaged = await keyGuest();
    await eventually(
      () => call('/v1/reports/account-managers', { as: 'staff' }),
      (r) =>
        r.json.workload.some(
          (w: { managerId: string; keyCustomers: number }) => w.managerId === busy && w.keyCustomers === 2,
        ),
    );

    const { json } = await call('/v1/reports/account-managers', { as: 'staff' });
    const suggestion = json.unassignedKeyCustomers.find((u: { guestId: string }) => u.guestId === unmanaged);

    expect(suggestion.suggestedManagerId).not.toBe(busy);
    expect((await call(`/v1/guests/${unmanaged}`)).json.accountManagerId).toBeUndefined();
  });
});

describe('key customers', () => {
  it("lists one manager's key customers with value, quadrant, open complaints and next arrival", async () => {
    const managerId = uniqueId('am-key');
    const guestId = await keyGuest(managerId);
    await call(`/v1/guests/${guestId}/stays/soon`, {
      method: 'PUT',
      body: completedStay({ checkIn: day(5), checkOut: day(7), status: 'reserved' }),
    });
    await call(`/v1/guests/${guestId}/complaints`, {
      method: 'POST',
      body: { category: 'noise', severity: 'high', description: 'Party next door' },
    });

    const { status, json } = await eventually(
      () => call(`/v1/key-customers?managerId=${managerId}`, { as: 'staff' }),
      (r) => r.json.items?.[0]?.nextArrival === day(5),
    );

    expect(status).toBe(200);
    expect(json.total).toBe(1);
    expect(json.items).toEqual([
      expect.objectContaining({
        guestId,
        name: 'Managed Guest',
        accountManagerId: managerId,
        tier: 'key',
        quadrant: expect.any(String),
        openComplaints: 1,
        nextArrival: day(5),
        valueScore: expect.any(Number),
      }),
    ]);
  });

  it('ranks every key customer by value across pages, and refuses a cursor it did not make', async () => {
    await keyGuest();
    await keyGuest();
    const first = await call('/v1/key-customers?limit=1', { as: 'staff' });
    const second = await call(`/v1/key-customers?limit=1&cursor=${first.json.cursor}`, { as: 'staff' });
    const forged = await call('/v1/key-customers?cursor=bm90LWEtcmFuaw', { as: 'staff' });
    const partner = await call('/v1/key-customers');

    expect(first.json.total).toBeGreaterThanOrEqual(2);
    expect(second.json.items[0].guestId).not.toBe(first.json.items[0].guestId);
    expect(second.json.items[0].valueScore).toBeLessThanOrEqual(first.json.items[0].valueScore);
    expect(second.json.items[0].tier).toBe('key');
    expect(forged.status).toBe(400);
    expect(partner.status).toBe(403);
  });
});

describe('reports', () => {
  it('counts guests per quadrant and names key customers who are hostages', async () => {
    const guestId = await keyGuest();
    await call(`/v1/guests/${guestId}/stays/k3`, {
      method: 'PUT',
      body: completedStay({ checkIn: day(-10), checkOut: day(-8), revenue: { room: 30_000 }, cost: 9_000 }),
    });
    await call(`/v1/guests/${guestId}/feedback`, { method: 'POST', body: { overall: 2 } });
    await eventually(
      () => call(`/v1/guests/${guestId}/score`),
      (r) => r.json.quadrant === 'hostage',
    );

    const { status, json } = await call('/v1/reports/quadrants', { as: 'staff' });

    expect(status).toBe(200);
    expect(json.quadrants.hostage.guests).toBeGreaterThanOrEqual(1);
    expect(json.keyCustomersAtRisk.map((k: { guestId: string }) => k.guestId)).toContain(guestId);
    expect(json.thresholds).toEqual({ satisfaction: 7, loyalty: 0.5 });
    expect(json.currency).toBe('CNY');
    expect(json.points).toContainEqual(
      expect.objectContaining({ guestId, tier: 'key', quadrant: 'hostage', satisfaction: expect.any(Number) }),
    );
  });

  it('counts complaints by status and category, and is for staff only', async () => {
    const guestId = await keyGuest();
    await call(`/v1/guests/${guestId}/complaints`, {
      method: 'POST',
      body: { category: 'billing', severity: 'medium', description: 'Charged twice' },
    });

    const { json } = await call('/v1/reports/complaints', { as: 'staff' });
    const partner = await call('/v1/reports/complaints');

    expect(json.byCategory.billing).toBeGreaterThanOrEqual(1);
    expect(json.byStatus.received).toBeGreaterThanOrEqual(1);
    expect(json.overdue).toEqual(expect.any(Number));
    expect(partner.status).toBe(403);
  });
});
