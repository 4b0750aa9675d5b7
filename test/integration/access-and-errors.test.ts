import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { issueToken } from '../../lib/local/token-issuer.js';
import { call, uniqueId } from './client.js';

const guestToken = (guestId: string, expiresIn = '5m') =>
  issueToken(inject('dataDirectory'), { tenant: 'demo', subject: guestId, expiresIn });

async function createGuest(body: Record<string, unknown> = {}) {
  const guestId = uniqueId('acc');
  await call(`/v1/guests/${guestId}`, { method: 'PUT', body: { name: 'Zhao Lei', company: 'ACME', ...body } });
  return guestId;
}

describe('errors', () => {
  it('answers malformed JSON with a 400 problem', async () => {
    const response = await call(`/v1/guests/${uniqueId('g')}`, { method: 'PUT', rawBody: '{"name": "x",' });

    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.json).toMatchObject({
      status: 400,
      title: 'Bad Request',
      detail: expect.stringMatching(/malformed JSON/),
    });
  });

  it('lists every invalid field of a body', async () => {
    const response = await call(`/v1/guests/${uniqueId('g')}`, {
      method: 'PUT',
      body: { name: 'A', email: 'nope', birthday: '2026-02-30' },
    });

    expect(response.status).toBe(400);
    expect(response.json.errors.map((e: { path: string }) => e.path).sort()).toEqual(['body.birthday', 'body.email']);
  });

  it('refuses a write without a JSON body with 415', async () => {
    const plain = await call(`/v1/guests/${uniqueId('g')}`, {
      method: 'PUT',
      rawBody: 'name=x',
      contentType: 'text/plain',
    });
    const empty = await call(`/v1/guests/${uniqueId('g')}`, { method: 'PUT' });

    expect(plain.status).toBe(415);
    expect(empty.status).toBe(415);
  });

  it('refuses a 7 MB body with 413', async () => {
    const response = await call(`/v1/guests/${uniqueId('g')}`, {
      method: 'PUT',
      rawBody: JSON.stringify({ name: 'x'.repeat(7 * 1024 * 1024) }),
    });

    expect(response.status).toBe(413);
    expect(response.json.status).toBe(413);
  });

  it('refuses a 2 MB body, under the gateway limits, with 413 from the function', async () => {
    const response = await call(`/v1/guests/${uniqueId('g')}`, {
      method: 'PUT',
      body: { name: 'x'.repeat(2 * 1024 * 1024) },
    });

    expect(response.status).toBe(413);
  });

  it('refuses prototype keys and JSON nested deeper than 32 levels, changing nothing', async () => {
    const guestId = await createGuest();
    const deep = JSON.stringify(Array.from({ length: 40 }).reduce((inner: unknown) => ({ a: inner }), 1));

    const polluting = await call(`/v1/guests/${guestId}`, {
      method: 'PATCH',
      rawBody: '{"__proto__":{"company":"X"}}',
    });
    const nested = await call(`/v1/guests/${guestId}`, { method: 'PATCH', rawBody: deep });

    expect(polluting.status).toBe(400);
    expect(polluting.json.detail).toMatch(/__proto__/);
    expect(nested.status).toBe(400);
    expect((await call(`/v1/guests/${guestId}`)).json).toMatchObject({ version: 1, company: 'ACME' });
  });

  it('treats query parameters and headers named like object methods as plain names', async () => {
    const query = await call('/health?valueOf&__proto__=x&constructor=y', { as: 'none' });
    const header = await call(`/v1/guests/${await createGuest()}`, { headers: { valueOf: '1', constructor: '2' } });

    expect(query.status).toBe(200);
    expect(header.status).toBe(200);
  });

  it('answers an unknown route with a 404 problem', async () => {
    const response = await call('/v1/nothing-here');

    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
  });

  it('answers an invalid path parameter or If-Match with 400, not 5xx', async () => {
    const badId = await call(`/v1/guests/${encodeURIComponent('bad#id')}`);
    const badIfMatch = await call(`/v1/guests/${await createGuest()}`, {
      method: 'PATCH',
      body: {},
      headers: { 'if-match': 'v1' },
    });

    const badEncoding = await call('/v1/guests/%E0%A4%A');
    const badLimit = await call(`/v1/guests/${await createGuest()}/stays?limit=lots`);

    expect(badId.status).toBe(400);
    expect(badEncoding.status).toBe(400);
    expect(badLimit.json.errors).toEqual([expect.objectContaining({ path: 'query.limit' })]);
    expect(badIfMatch.status).toBe(400);
  });
});

describe('credentials and tenants', () => {
  it('answers a request without a credential with 401', async () => {
    const response = await call(`/v1/guests/${await createGuest()}`, { as: 'none' });

    expect(response.status).toBe(401);
    expect(response.json.title).toBe('Unauthorized');
  });

  it('answers an unknown API key or a forged token with 401', async () => {
    const guestId = await createGuest();
    const badKey = await call(`/v1/guests/${guestId}`, { as: 'none', headers: { 'x-api-key': 'lk_demo_guessed' } });
    const forged = await call(`/v1/guests/${guestId}`, { as: { bearer: 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' } });

    expect(badKey.status).toBe(401);
    expect(forged.status).toBe(401);
  });

  it("answers another tenant's guest with 404 and none of its data", async () => {
    const guestId = await createGuest({ email: 'secret@example.com' });
    const response = await call(`/v1/guests/${guestId}`, { as: 'otherTenant' });
    const lookup = await call('/v1/guests?email=secret@example.com', { as: 'otherTenant' });

    expect(response.status).toBe(404);
    expect(JSON.stringify(response.json)).not.toContain('secret@example.com');
    expect(lookup.json.items).toEqual([]);
  });

  it('lets a guest read their own profile but answers 404 for anyone else', async () => {
    const own = await createGuest();
    const other = await createGuest();
    const bearer = await guestToken(own);

    expect((await call(`/v1/guests/${own}`, { as: { bearer } })).status).toBe(200);
    expect((await call(`/v1/guests/${other}`, { as: { bearer } })).status).toBe(404);
    expect((await call(`/v1/guests/${other}/stays`, { as: { bearer } })).status).toBe(404);
  });

  it('lets a guest change their preferences and consent, but not the hotel fields', async () => {
    const guestId = await createGuest();
    const bearer = await guestToken(guestId);

    const preferences = await call(`/v1/guests/${guestId}`, {
      method: 'PATCH',
      as: { bearer },
      body: { consent: { marketing: false }, preferences: { room: { pillow: 'buckwheat' } } },
    });
    const company = await call(`/v1/guests/${guestId}`, { method: 'PATCH', as: { bearer }, body: { company: 'Mine' } });
    const replace = await call(`/v1/guests/${guestId}`, { method: 'PUT', as: { bearer }, body: { name: 'x' } });

    expect(preferences.status).toBe(200);
    expect(preferences.json.preferences.room.pillow).toBe('buckwheat');
    expect(company.status).toBe(400);
    expect(company.json.errors).toEqual([expect.objectContaining({ path: 'body.company' })]);
    expect(replace.status).toBe(403);
  });

  it('refuses an expired guest token with 401', async () => {
    const guestId = await createGuest();
    const bearer = await guestToken(guestId, '-1h');

    expect((await call(`/v1/guests/${guestId}`, { as: { bearer } })).status).toBe(401);
  });

  it('lets only staff erase a guest', async () => {
    const guestId = await createGuest();

    expect((await call(`/v1/guests/${guestId}`, { method: 'DELETE' })).status).toBe(403);
    expect((await call(`/v1/guests/${guestId}`, { method: 'DELETE', as: 'admin' })).status).toBe(204);
  });
});

describe('meta', () => {
  it('answers health and the OpenAPI document without a credential', async () => {
    const health = await call('/health', { as: 'none' });
    const openapi = await call('/v1/openapi.json', { as: 'none' });

    expect(health.json).toEqual({ status: 'ok' });
    expect(openapi.json.openapi).toMatch(/^3\.1\./);
    expect(Object.keys(openapi.json.paths)).toContain('/v1/guests/{guestId}/stays/{stayId}');
  });
});
