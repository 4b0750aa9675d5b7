import { describe, expect, inject, it } from 'vitest';
import { issueToken } from '../../lib/local/token-issuer.js';
import { call, uniqueId } from './client.js';

/** A tenant of its own, so that no other test's rules change: its admin's and staff's tokens. */
async function freshTenant() {
  const tenant = uniqueId('cfg');
  const token = (groups: ('staff' | 'admin')[]) =>
    issueToken(inject('dataDirectory'), { tenant, subject: uniqueId('user'), groups, expiresIn: '10m' });
  return { tenant, admin: { bearer: await token(['admin']) }, staff: { bearer: await token(['staff']) } };
}

const slaHours = (high: number) => ({
  high: { key: high, normal: high, small: high, new: high },
  medium: { key: 8, normal: 24, small: 24, new: 24 },
  low: { key: 24, normal: 72, small: 72, new: 72 },
});

describe('tenant configuration', () => {
  it('answers the defaults at version 0 until the tenant configures anything', async () => {
    const { admin } = await freshTenant();
    const { status, json, headers } = await call('/v1/config', { as: admin });
    expect(status).toBe(200);
    expect(headers.get('etag')).toBe('"v0"');
    expect(json).toMatchObject({
      currency: 'CNY',
      tierShares: { key: 0.2, normal: 0.3 },
      gracePeriodDays: 90,
      complaintSlaHours: { high: { key: 2, new: 8 } },
    });
    expect(json.gifts.length).toBeGreaterThan(0);
  });

  it('replaces the rules, fills in what is left out, and keeps the version when nothing changes', async () => {
    const { admin } = await freshTenant();
    const body = { gracePeriodDays: 30, tierShares: { key: 0.1, normal: 0.4 } };

    const put = await call('/v1/config', { method: 'PUT', body, as: admin });
    expect(put.status).toBe(200);
    expect(put.headers.get('etag')).toBe('"v1"');
    expect(put.json).toMatchObject({ ...body, currency: 'CNY', qualificationWindowMonths: 12 });

    const read = await call('/v1/config', { as: admin });
    expect(read.json).toEqual(put.json);
    expect(read.headers.get('etag')).toBe('"v1"');

    const again = await call('/v1/config', { method: 'PUT', body, as: admin });
    expect(again.headers.get('etag')).toBe('"v1"');

    // A PUT replaces: what it leaves out goes back to its default.
    const reset = await call('/v1/config', { method: 'PUT', body: { gracePeriodDays: 30 }, as: admin });
    expect(reset.headers.get('etag')).toBe('"v2"');
    expect(reset.json.tierShares).toEqual({ key: 0.2, normal: 0.3 });
  });

  it('honours If-Match: a stale version is refused with 412 and changes nothing', async () => {
    const { admin } = await freshTenant();
    await call('/v1/config', { method: 'PUT', body: { gracePeriodDays: 30 }, as: admin });

    const putIfMatch = (etag: string) =>
      call('/v1/config', { method: 'PUT', body: { gracePeriodDays: 60 }, headers: { 'if-match': etag }, as: admin });

    const stale = await putIfMatch('"v0"');
    expect(stale.status).toBe(412);
    expect(stale.headers.get('content-type')).toContain('application/problem+json');
    expect((await call('/v1/config', { as: admin })).json.gracePeriodDays).toBe(30);

    const current = await putIfMatch('"v1"');
    expect(current.status).toBe(200);
    expect(current.headers.get('etag')).toBe('"v2"');
  });

  it('refuses rules that cannot hold, naming every field, and keeps the rules in force', async () => {
    const { admin } = await freshTenant();
    await call('/v1/config', { method: 'PUT', body: { gracePeriodDays: 30 }, as: admin });

    const { status, json } = await call('/v1/config', {
      method: 'PUT',
      body: { tierShares: { key: 0.8, normal: 0.5 }, gracePeriodDays: -1, purchaseModel: 'magic', tiers: 3 },
      as: admin,
    });
    expect(status).toBe(400);
    const paths = (json.errors as { path: string }[]).map((error) => error.path);
    expect(paths).toEqual(
      expect.arrayContaining(['body.tierShares', 'body.gracePeriodDays', 'body.purchaseModel', 'body']),
    );
    const read = await call('/v1/config', { as: admin });
    expect(read.json.gracePeriodDays).toBe(30);
    expect(read.headers.get('etag')).toBe('"v1"');
  });

  it('is for admins only, and each tenant has its own', async () => {
    const { admin, staff } = await freshTenant();
    await call('/v1/config', { method: 'PUT', body: { gracePeriodDays: 30 }, as: admin });

    expect((await call('/v1/config', { as: staff })).status).toBe(403);
    expect((await call('/v1/config', { method: 'PUT', body: {}, as: staff })).status).toBe(403);
    expect((await call('/v1/config', { as: 'partner' })).status).toBe(403);
    const other = await freshTenant();
    expect((await call('/v1/config', { as: other.admin })).json.gracePeriodDays).toBe(90);
  });

  it('drives the service: a complaint is due by the SLA the tenant set', async () => {
    const { admin, staff } = await freshTenant();
    await call('/v1/config', { method: 'PUT', body: { complaintSlaHours: slaHours(1) }, as: admin });
    const guestId = uniqueId('cfg-guest');
    await call(`/v1/guests/${guestId}`, { method: 'PUT', body: { name: 'Configured Guest' }, as: staff });
    const before = Date.now();

    const { status, json } = await call(`/v1/guests/${guestId}/complaints`, {
      method: 'POST',
      body: { category: 'noise', severity: 'high', description: 'Loud party next door' },
      as: staff,
    });

    expect(status).toBe(201);
    // The default for a new guest's high-severity complaint is 8 hours; this tenant set 1.
    expect(Date.parse(json.dueBy) - before).toBeLessThanOrEqual(3_600_000 + 60_000);
    expect(Date.parse(json.dueBy) - before).toBeGreaterThan(3_500_000);
  });
});
