import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { generateApiKey, hashApiKey } from '../auth/api-key.js';
import type { ApiKeyRepository } from '../store/api-key-repository.js';
import { issueToken } from './token-issuer.js';

export const localTenants = ['demo', 'demo2'] as const;

const tenantCredentialsSchema = z.object({ apiKey: z.string(), staffToken: z.string(), adminToken: z.string() });
export const devCredentialsSchema = z.object({
  tenants: z.record(z.string(), tenantCredentialsSchema),
  dynamodb: z.object({ endpoint: z.string(), table: z.string() }),
});
export type DevCredentials = z.infer<typeof devCredentialsSchema>;

export const devCredentialsPath = (dataDirectory: string) => join(dataDirectory, 'dev-credentials.json');

function previousApiKeys(dataDirectory: string): Record<string, string> {
  const path = devCredentialsPath(dataDirectory);
  if (!existsSync(path)) return {};
  const parsed = devCredentialsSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  return parsed.success ? Object.fromEntries(Object.entries(parsed.data.tenants).map(([t, c]) => [t, c.apiKey])) : {};
}

/**
 * Gives every local tenant a partner API key (kept across restarts, stored hashed in the table)
 * and fresh staff and admin tokens, and writes them where tools and people can read them.
 */
export async function writeDevCredentials(
  dataDirectory: string,
  apiKeys: ApiKeyRepository,
  dynamodb: DevCredentials['dynamodb'],
): Promise<DevCredentials> {
  const kept = previousApiKeys(dataDirectory);
  const tenants: DevCredentials['tenants'] = {};
  for (const tenant of localTenants) {
    const apiKey = kept[tenant] ?? generateApiKey(tenant);
    await apiKeys.register(hashApiKey(apiKey), tenant, 'local development key');
    tenants[tenant] = {
      apiKey,
      staffToken: await issueToken(dataDirectory, { tenant, subject: `staff-${tenant}`, groups: ['staff'] }),
      adminToken: await issueToken(dataDirectory, { tenant, subject: `admin-${tenant}`, groups: ['admin'] }),
    };
  }
  const credentials = { tenants, dynamodb };
  writeFileSync(devCredentialsPath(dataDirectory), `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
  return credentials;
}
