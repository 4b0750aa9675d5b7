import { createHash, randomBytes } from 'node:crypto';

/** Partner API keys are stored only as this hash; the key itself is shown once, at issue. */
export function hashApiKey(apiKey: string): string {
  return createHash('sha256').update(apiKey, 'utf8').digest('hex');
}

/** A new random key with a readable prefix that says which tenant it is for. */
export function generateApiKey(tenant: string): string {
  return `lk_${tenant}_${randomBytes(24).toString('base64url')}`;
}
