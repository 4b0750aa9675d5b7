import { readFileSync } from 'node:fs';
import { createLocalJWKSet, createRemoteJWKSet, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';
import { tokenEnvironment } from '../config/environment.js';
import { environmentStore } from '../services/runtime.js';
import { dynamoApiKeyRepository } from '../store/api-key-repository.js';
import type { AuthenticationDeps } from './authenticate.js';
import { cachedKeyLookup } from './key-cache.js';
import { verifyBearerToken } from './jwt.js';

/** The authorizer's dependencies from the environment: the table for API keys, the issuer's keys. */
export function authenticationFromEnvironment(): AuthenticationDeps {
  const env = tokenEnvironment();
  const keys = env.JWKS_URL
    ? remoteKeySetOnFirstUse(new URL(env.JWKS_URL))
    : createLocalJWKSet(JSON.parse(readFileSync(env.JWKS_PATH!, 'utf8')) as JSONWebKeySet);
  const apiKeys = dynamoApiKeyRepository(environmentStore());
  return {
    findApiKeyTenant: cachedKeyLookup((keyHash) => apiKeys.findTenant(keyHash), {
      knownTtlMs: 60_000,
      unknownTtlMs: 5_000,
    }),
    verifyBearer: (token) => verifyBearerToken(token, { issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE, keys }),
  };
}

/**
 * The issuer's remote key set, made on the first bearer token rather than at load: making it touches
 * Node's fetch (undici), whose loading costs the authorizer ~10 ms of every cold start, and requests
 * with an API key never need it. Nothing is fetched before a token asks for a key either way.
 */
function remoteKeySetOnFirstUse(url: URL): JWTVerifyGetKey {
  let remote: JWTVerifyGetKey | undefined;
  return (header, token) => (remote ??= createRemoteJWKSet(url))(header, token);
}
