import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';

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
