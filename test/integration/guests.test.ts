import { describe, expect, it } from 'vitest';
import { call, completedStay, uniqueId } from './client.js';

const profile = (overrides: Record<string, unknown> = {}) => ({
  name: 'Wang Fang',
  email: `${uniqueId('wang')}@example.com`,
  phone: '+86 138 0000 1234',
  loyaltyNumber: uniqueId('LN'),
  segment: 'corporate',
  preferences: { room: { floor: 'high', bed: 'king', quiet: true } },
  ...overrides,
});

describe('guest profiles', () => {
  it('answers 201 when a profile is created and 200 when it is replaced', async () => {
    const guestId = uniqueId('g');
    const created = await call(`/v1/guests/${guestId}`, { method: 'PUT', body: profile() });
    const replaced = await call(`/v1/guests/${guestId}`, { method: 'PUT', body: profile({ name: 'Wang F.' }) });

    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ guestId, version: 1 });
    expect(replaced.status).toBe(200);
    expect(replaced.json).toMatchObject({ name: 'Wang F.', version: 2, createdAt: created.json.createdAt });
  });

  it('keeps the version when the same profile is sent again', async () => {
    const guestId = uniqueId('g');
    const body = profile();
    await call(`/v1/guests/${guestId}`, { method: 'PUT', body });
    const again = await call(`/v1/guests/${guestId}`, { method: 'PUT', body });

    expect(again.status).toBe(200);
    expect(again.json.version).toBe(1);
  });

  it('gives the profile an ETag and refuses a stale If-Match with 412', async () => {
    const guestId = uniqueId('g');
    await call(`/v1/guests/${guestId}`, { method: 'PUT', body: profile() });
    const read = await call(`/v1/guests/${guestId}`);
    const etag = read.headers.get('etag')!;
    const first = await call(`/v1/guests/${guestId}`, {
      method: 'PATCH',
      body: { company: 'ACME' },
      contentType: 'application/merge-patch+json',
      headers: { 'if-match': etag },
    });
    const stale = await call(`/v1/guests/${guestId}`, {
      method: 'PATCH',
      body: { company: 'Other' },
      contentType: 'application/merge-patch+json',
      headers: { 'if-match': etag },
    });

    expect(etag).toBe('"v1"');
    expect(first.status).toBe(200);
    expect(first.headers.get('etag')).toBe('"v2"');
    expect(stale.status).toBe(412);
    expect(stale.headers.get('content-type')).toBe('application/problem+json');
    expect((await call(`/v1/guests/${guestId}`)).json.company).toBe('ACME');
  });

  it('merges a patch: nested fields merge, null removes, and the result is validated', async () => {
    const guestId = uniqueId('g');
    await call(`/v1/guests/${guestId}`, { method: 'PUT', body: profile({ company: 'ACME' }) });
    const patched = await call(`/v1/guests/${guestId}`, {
      method: 'PATCH',
      body: { company: null, preferences: { room: { view: 'river' } } },
    });
    const invalid = await call(`/v1/guests/${guestId}`, {
      method: 'PATCH',
      body: { preferences: { room: { floor: 'roof' } } },
    });

    expect(patched.status).toBe(200);
    expect(patched.json.company).toBeUndefined();
    expect(patched.json.preferences.room).toEqual({ floor: 'high', bed: 'king', quiet: true, view: 'river' });
    expect(invalid.status).toBe(400);
    expect(invalid.json.errors).toEqual([expect.objectContaining({ path: 'body.preferences.room.floor' })]);
  });

  it('finds a guest by email, phone or loyalty number whatever their case or punctuation', async () => {
    const guestId = uniqueId('g');
    const body = profile();
    await call(`/v1/guests/${guestId}`, { method: 'PUT', body });

    const byEmail = await call(`/v1/guests?email=${encodeURIComponent(body.email.toUpperCase())}`);
    const byPhone = await call(`/v1/guests?phone=${encodeURIComponent('+8613800001234')}`);
    const byLoyalty = await call(`/v1/guests?loyaltyNumber=${body.loyaltyNumber.toLowerCase()}`);
    const ambiguous = await call(`/v1/guests?email=a@b.co&phone=123456`);

    expect(byEmail.json.items.map((g: { guestId: string }) => g.guestId)).toEqual([guestId]);
    expect(byPhone.json.items.map((g: { guestId: string }) => g.guestId)).toContain(guestId);
    expect(byLoyalty.json.items.map((g: { guestId: string }) => g.guestId)).toEqual([guestId]);
    expect(ambiguous.status).toBe(400);
  });

  it('erases everything held about a guest when staff delete it, and repeating it is harmless', async () => {
    const guestId = uniqueId('g');
    await call(`/v1/guests/${guestId}`, { method: 'PUT', body: profile() });
    await call(`/v1/guests/${guestId}/stays/s1`, { method: 'PUT', body: completedStay() });

    const erased = await call(`/v1/guests/${guestId}`, { method: 'DELETE', as: 'staff' });
    const again = await call(`/v1/guests/${guestId}`, { method: 'DELETE', as: 'staff' });

    expect(erased.status).toBe(204);
    expect(again.status).toBe(204);
    expect((await call(`/v1/guests/${guestId}`)).status).toBe(404);
    expect((await call(`/v1/guests/${guestId}/stays`)).json.items).toEqual([]);
    expect((await call(`/v1/guests/${guestId}/export`)).status).toBe(404);
  });

  it('exports the profile, stays and totals in one document', async () => {
    const guestId = uniqueId('g');
    await call(`/v1/guests/${guestId}`, { method: 'PUT', body: profile() });
    await call(`/v1/guests/${guestId}/stays/s1`, { method: 'PUT', body: completedStay() });

    const exported = await call(`/v1/guests/${guestId}/export`, { as: 'staff' });

    expect(exported.status).toBe(200);
    expect(exported.json.guest.guestId).toBe(guestId);
    expect(exported.json.stays).toHaveLength(1);
    expect(exported.json.staySummary).toMatchObject({
      completedStays: 1,
      byCurrency: { CNY: { revenue: 3600, cost: 1200 } },
    });
    expect(JSON.stringify(exported.json)).not.toMatch(/"pk"|"gsi1pk"/);
  });
});
