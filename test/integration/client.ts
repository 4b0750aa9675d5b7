import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { eventually } from './eventually.js';

export type Caller = 'partner' | 'otherTenant' | 'staff' | 'admin' | 'none' | { bearer: string };

export interface Call {
  method?: string;
  body?: unknown;
  rawBody?: string | Buffer;
  contentType?: string;
  headers?: Record<string, string>;
  as?: Caller;
}

function credentialHeaders(as: Caller): Record<string, string> {
  const { tenants } = inject('credentials');
  if (typeof as === 'object') return { authorization: `Bearer ${as.bearer}` };
  switch (as) {
    case 'partner':
      return { 'x-api-key': tenants.demo!.apiKey };
    case 'otherTenant':
      return { 'x-api-key': tenants.demo2!.apiKey };
    case 'staff':
      return { authorization: `Bearer ${tenants.demo!.staffToken}` };
    case 'admin':
      return { authorization: `Bearer ${tenants.demo!.adminToken}` };
    case 'none':
      return {};
  }
}

/** Calls the local API as a given caller (the demo tenant's partner system by default). */
export async function call(path: string, options: Call = {}) {
  const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  const response = await fetch(`${inject('baseUrl')}${path}`, {
    method: options.method ?? 'GET',
    headers: {
      ...credentialHeaders(options.as ?? 'partner'),
      ...(body !== undefined && { 'content-type': options.contentType ?? 'application/json' }),
      ...options.headers,
    },
    body,
  });
  const text = await response.text();
  const json = text ? (JSON.parse(text) as Record<string, any>) : undefined;
  return { status: response.status, headers: response.headers, json: json as any };
}

/** A guest id no other test uses. */
export const uniqueId = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

export const completedStay = (overrides: Record<string, unknown> = {}) => ({
  propertyId: 'sh-bund',
  checkIn: '2026-03-01',
  checkOut: '2026-03-04',
  status: 'completed',
  revenue: { room: 3000, fnb: 500, other: 100 },
  cost: 1200,
  currency: 'CNY',
  ...overrides,
});

/**
 * Makes a guest a key customer the way real data would: three stays worth 30,000 each in the
 * last months meet the key spend floor; waits until the stream has scored them key.
 */
export async function makeKeyCustomer(guestId: string, offsetsInDays = [-90, -60, -30]): Promise<void> {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  for (const [i, offset] of offsetsInDays.entries()) {
    await call(`/v1/guests/${guestId}/stays/k${i}`, {
      method: 'PUT',
      body: completedStay({ checkIn: day(offset), checkOut: day(offset + 2), revenue: { room: 30_000 }, cost: 9_000 }),
    });
  }
  await eventually(
    () => call(`/v1/guests/${guestId}/score`),
    (r) => r.status === 200 && r.json.tier === 'key',
  );
}
