import { type JWTVerifyGetKey, jwtVerify } from 'jose';
import { type Principal, principalSchema } from './principal.js';

/** Claim names of the production issuer (a Cognito user pool); the local issuer uses the same. */
export const claimNames = { tenant: 'custom:tenant', groups: 'cognito:groups' } as const;

/** The one signing algorithm accepted: pinning it rules out `none` and algorithm confusion. */
export const signingAlgorithm = 'RS256';

export interface TokenVerifierOptions {
  issuer: string;
  audience: string;
  keys: JWTVerifyGetKey;
}

/**
 * Verifies a bearer token (signature, algorithm, issuer, audience, expiry) and reads the
 * caller from it: staff and admin by group, anyone else is the guest named by `sub`.
 * Answers undefined for any token that fails, whatever the reason.
 */
export async function verifyBearerToken(token: string, options: TokenVerifierOptions): Promise<Principal | undefined> {
  try {
    const { payload } = await jwtVerify(token, options.keys, {
      issuer: options.issuer,
      audience: options.audience,
      algorithms: [signingAlgorithm],
      requiredClaims: ['sub', 'exp'],
      clockTolerance: 30,
    });
    const groups = Array.isArray(payload[claimNames.groups]) ? (payload[claimNames.groups] as unknown[]) : [];
    const role = groups.includes('admin') ? 'admin' : groups.includes('staff') ? 'staff' : 'guest';
    const parsed = principalSchema.safeParse({
      tenant: payload[claimNames.tenant],
      role,
      subject: payload.sub,
      guestId: role === 'guest' ? payload.sub : undefined,
    });
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
