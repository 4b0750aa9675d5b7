import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, type JWK, SignJWT } from 'jose';
import { claimNames, signingAlgorithm } from '../auth/jwt.js';

/** The local issuer stands in for the Cognito user pool: same algorithm, same claims. */
export const localIssuer = 'urn:hotel-loyalty:local-issuer';
export const localAudience = 'hotel-loyalty-api';

export interface TokenRequest {
  tenant: string;
  subject: string;
  groups?: ('staff' | 'admin')[];
  expiresIn?: string;
}

const files = (dataDirectory: string) => ({
  directory: join(dataDirectory, 'issuer'),
  privateKey: join(dataDirectory, 'issuer', 'signing-key.jwk.json'),
  publicKeys: join(dataDirectory, 'issuer', 'jwks.json'),
});

/** Makes the issuer's signing key once; answers the path of the public key set the authorizer reads. */
export async function ensureSigningKey(dataDirectory: string): Promise<string> {
  const paths = files(dataDirectory);
  if (existsSync(paths.privateKey) && existsSync(paths.publicKeys)) return paths.publicKeys;
  mkdirSync(paths.directory, { recursive: true });
  const { privateKey, publicKey } = await generateKeyPair(signingAlgorithm, { extractable: true });
  const kid = `local-${Date.now().toString(36)}`;
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: signingAlgorithm, use: 'sig' };
  writeFileSync(paths.privateKey, JSON.stringify({ ...(await exportJWK(privateKey)), kid }), { mode: 0o600 });
  writeFileSync(paths.publicKeys, JSON.stringify({ keys: [publicJwk] }));
  return paths.publicKeys;
}

/** Signs a token as the local issuer. */
export async function issueToken(dataDirectory: string, request: TokenRequest): Promise<string> {
  await ensureSigningKey(dataDirectory);
  const jwk = JSON.parse(readFileSync(files(dataDirectory).privateKey, 'utf8')) as JWK;
  const key = await importJWK(jwk, signingAlgorithm);
  return new SignJWT({ [claimNames.tenant]: request.tenant, [claimNames.groups]: request.groups ?? [] })
    .setProtectedHeader({ alg: signingAlgorithm, kid: jwk.kid })
    .setSubject(request.subject)
    .setIssuer(localIssuer)
    .setAudience(localAudience)
    .setIssuedAt()
    .setExpirationTime(request.expiresIn ?? '12h')
    .sign(key);
}
