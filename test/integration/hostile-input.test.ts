import fc from 'fast-check';
import { describe, expect, inject, it } from 'vitest';
import { routes } from '../../lib/http/routes.js';

const hostileSegment = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '..',
    '%2e%2e',
    '%00',
    '%E0%A4%A',
    '__proto__',
    'constructor',
    'a#b',
    '💥',
    ' ',
    'x'.repeat(300),
    '%252F',
  ),
);
const deep = (depth: number): unknown => (depth === 0 ? 1 : { a: deep(depth - 1) });
const hostileBody = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc.constantFrom(
    '{"__proto__":{"polluted":true},"name":"x"}',
    '{"constructor":{"prototype":{"polluted":true}}}',
    JSON.stringify(deep(400)),
    '{"name":"x","birthday":"9999-99-99"}',
    '{"overall":1e309}',
    '{"limit":-1}',
    '[]',
    'null',
    '{"name":',
    '\u0000',
  ),
  fc.string({ maxLength: 200 }),
);
const contentType = fc.constantFrom(
  'application/json',
  'application/merge-patch+json',
  'text/plain',
  'application/json; charset=utf-16',
  '',
  'multipart/form-data',
);
const method = fc.constantFrom('GET', 'PUT', 'POST', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS');
const credential = fc.constantFrom('partner', 'staff', 'admin', 'none', 'garbage');

function headersFor(kind: string): Record<string, string> {
  const { demo } = inject('credentials').tenants;
  if (kind === 'partner') return { 'x-api-key': demo!.apiKey };
  if (kind === 'staff') return { authorization: `Bearer ${demo!.staffToken}` };
  if (kind === 'admin') return { authorization: `Bearer ${demo!.adminToken}` };
  if (kind === 'garbage') return { authorization: 'Bearer a.b.c', 'x-api-key': '' };
  return {};
}

const templates = Object.values(routes).map((route) => route.path);
const hostileRequest = fc.record({
  template: fc.constantFrom(...templates, '/v1/unknown/{x}', '/{x}'),
  segments: fc.array(hostileSegment, { minLength: 3, maxLength: 3 }),
  query: fc.oneof(
    fc.constant(''),
    fc.string({ maxLength: 60 }).map((q) => `?${q}`),
    fc.constantFrom(
      '?limit=1e99',
      '?cursor=%7B%7D',
      '?email=a&email=b',
      '?status=open&limit=0',
      '?valueOf',
      '?__proto__=x&constructor=y',
      '?toString&hasOwnProperty=1',
    ),
  ),
  method,
  body: fc.option(hostileBody, { nil: undefined }),
  contentType,
  credential,
});

let sent = 0;

describe('hostile input', () => {
  it('never answers 5xx, and every error is problem+json', async () => {
    await fc.assert(
      fc.asyncProperty(hostileRequest, async (request) => {
        let i = 0;
        const path = request.template.replace(/\{\w+\}/g, () => encodeURIComponent(request.segments[i++] ?? 'x'));
        const response = await fetch(`${inject('baseUrl')}${path}${request.query}`, {
          method: request.method,
          headers: {
            ...headersFor(request.credential),
            ...(request.contentType && { 'content-type': request.contentType }),
          },
          body: request.method === 'GET' || request.method === 'HEAD' ? undefined : request.body,
        });
        const text = await response.text();
        sent += 1;
        expect(response.status, `${request.method} ${path}${request.query} → ${text.slice(0, 200)}`).toBeLessThan(500);
        if (response.status >= 400 && request.method !== 'HEAD') {
          expect(response.headers.get('content-type')).toBe('application/problem+json');
          expect(JSON.parse(text).status).toBe(response.status);
        }
      }),
      { numRuns: 1200 },
    );
    expect(sent).toBeGreaterThanOrEqual(1200);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
