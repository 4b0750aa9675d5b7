import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { hashApiKey } from '../../../lib/auth/api-key.js';
import { type AuthenticationDeps, authenticate } from '../../../lib/auth/authenticate.js';
import { verifyBearerToken } from '../../../lib/auth/jwt.js';

const issuer = 'https://issuer.test';
const audience = 'loyalty';
let deps: AuthenticationDeps;
let sign: (
  claims: Record<string, unknown>,
  options?: { audience?: string; expires?: string; alg?: string },
) => Promise<string>;

beforeAll(async () => {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const keys = createLocalJWKSet({ keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256' }] });
  sign = (claims, options = {}) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setIssuer(issuer)
      .setAudience(options.audience ?? audience)
      .setIssuedAt()
      .setExpirationTime(options.expires ?? '5m')
      .sign(privateKey);
  const knownKey = hashApiKey('lk_demo_secret');
  deps = {
    findApiKeyTenant: async (hash) => (hash === knownKey ? 'demo' : undefined),
    verifyBearer: (token) => verifyBearerToken(token, { issuer, audience, keys }),
  };
});

describe('authenticate', () => {
  it('binds a known partner key to its tenant', async () => {
    expect(await authenticate({ 'X-Api-Key': 'lk_demo_secret' }, deps)).toMatchObject({
      tenant: 'demo',
      role: 'partner',
    });
  });

  it('refuses an unknown partner key', async () => {
    expect(await authenticate({ 'x-api-key': 'lk_demo_guess' }, deps)).toBeUndefined();
  });

  it('reads a guest from a token without groups, and staff from the staff group', async () => {
    const guest = await sign({ sub: 'g1', 'custom:tenant': 'demo' });
    const staff = await sign({ sub: 'u1', 'custom:tenant': 'demo', 'cognito:groups': ['staff'] });

    expect(await authenticate({ authorization: `Bearer ${guest}` }, deps)).toMatchObject({
      role: 'guest',
      guestId: 'g1',
    });
    expect(await authenticate({ Authorization: `Bearer ${staff}` }, deps)).toMatchObject({
      role: 'staff',
      tenant: 'demo',
    });
  });

  it('refuses expired tokens, other audiences and tokens without a tenant', async () => {
    const expired = await sign({ sub: 'g1', 'custom:tenant': 'demo' }, { expires: '-10m' });
    const otherAudience = await sign({ sub: 'g1', 'custom:tenant': 'demo' }, { audience: 'someone-else' });
    const noTenant = await sign({ sub: 'g1' });

    for (const token of [expired, otherAudience, noTenant]) {
      expect(await authenticate({ authorization: `Bearer ${token}` }, deps)).toBeUndefined();
    }
  });

  it('refuses an unsigned token', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    const payload = Buffer.from(
      JSON.stringify({ sub: 'g1', 'custom:tenant': 'demo', iss: issuer, aud: audience, exp: 9e9 }),
    ).toString('base64url');
    expect(await authenticate({ authorization: `Bearer ${header}.${payload}.` }, deps)).toBeUndefined();
  });

  it('answers undefined without any credential', async () => {
    expect(await authenticate({}, deps)).toBeUndefined();
  });
});
