import { describe, expect, inject, it } from 'vitest';
import type { RouteSpec } from '../../lib/http/route.js';
import { routes } from '../../lib/http/routes.js';
import { startGateway } from '../../lib/local/gateway.js';

const loadHandler = async (entry: string) => (await import(`../../functions/${entry}.ts`)).handler;

describe('throttling per caller', () => {
  it('answers a caller over its rate with 429 problem+json, and leaves other callers alone', async () => {
    const gateway = await startGateway({
      routes: Object.values(routes) as RouteSpec[],
      port: 0,
      loadHandler,
      authorizerEntry: 'authorizer',
      throttle: { ratePerSecond: 0.1, burst: 2 },
    });
    try {
      const { demo, demo2 } = inject('credentials').tenants;
      const get = (apiKey: string) => fetch(`${gateway.url}/v1/guests/nobody`, { headers: { 'x-api-key': apiKey } });

      const statuses = [];
      for (let i = 0; i < 3; i += 1) statuses.push((await get(demo!.apiKey)).status);
      const throttled = await get(demo!.apiKey);
      const other = await get(demo2!.apiKey);

      expect(statuses).toEqual([404, 404, 429]);
      expect(throttled.headers.get('content-type')).toBe('application/problem+json');
      expect(((await throttled.json()) as { status: number }).status).toBe(429);
      expect(other.status).toBe(404);
    } finally {
      await gateway.close();
    }
  });
});
