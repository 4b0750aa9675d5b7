import { hashApiKey } from './api-key.js';
import type { Principal } from './principal.js';

export interface AuthenticationDeps {
  /** The tenant a hashed partner key belongs to, if it is known and active. */
  findApiKeyTenant(keyHash: string): Promise<string | undefined>;
  verifyBearer(token: string): Promise<Principal | undefined>;
}

/** Headers are matched case-insensitively, as HTTP says. */
function header(headers: Record<string, string | undefined>, name: string): string | undefined {
  const match = Object.entries(headers).find(([key]) => key.toLowerCase() === name);
  return match?.[1];
}

/**
 * Establishes the caller from `x-api-key` (a partner system) or `Authorization: Bearer`
 * (staff, admins and guests). Answers undefined when neither proves who is calling.
 */
export async function authenticate(
  headers: Record<string, string | undefined>,
  deps: AuthenticationDeps,
): Promise<Principal | undefined> {
  const apiKey = header(headers, 'x-api-key')?.trim();
  if (apiKey) {
    if (apiKey.length > 256) return undefined;
    const tenant = await deps.findApiKeyTenant(hashApiKey(apiKey));
    return tenant ? { tenant, role: 'partner', subject: `apikey:${hashApiKey(apiKey).slice(0, 12)}` } : undefined;
  }
  const bearer = /^Bearer\s+(\S+)$/i.exec(header(headers, 'authorization')?.trim() ?? '');
  return bearer?.[1] ? deps.verifyBearer(bearer[1]) : undefined;
}
