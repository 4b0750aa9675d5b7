import { existsSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../lib/http/routes.js';

// Every function CDK deploys uses handler 'handler' (see LoyaltyFunction); every file in functions/ is one.
const entries = readdirSync(new URL('../../functions/', import.meta.url))
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.slice(0, -3));

beforeAll(() => {
  // What CDK sets on the deployed functions; nothing is called, the modules are only loaded.
  Object.assign(process.env, {
    TABLE_NAME: 'entries-test',
    AWS_REGION: 'eu-west-1',
    JWT_ISSUER: 'https://issuer.test',
    JWT_AUDIENCE: 'client',
    FAILURE_QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/123456789012/failures',
    JWKS_URL: 'https://issuer.test/.well-known/jwks.json',
  });
  // The integration run's local settings may be inherited; a deployed function has none of them.
  delete process.env.JWKS_PATH;
  delete process.env.DYNAMODB_ENDPOINT;
});

describe('function entry files', () => {
  it('include every entry the route table names', () => {
    expect(entries).toEqual(expect.arrayContaining(Object.values(routes).map((route) => route.entry)));
  });

  it.each(entries)('functions/%s.ts exists and exports the handler CDK names', async (entry) => {
    const path = new URL(`../../functions/${entry}.ts`, import.meta.url);
    expect(existsSync(path)).toBe(true);
    const module = (await import(path.href)) as Record<string, unknown>;
    expect(typeof module.handler).toBe('function');
  });
});
