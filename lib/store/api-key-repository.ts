import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from './client.js';
import { translateStoreError } from './errors.js';
import { keys } from './keys.js';

/** Partner API keys, stored by hash and bound to one tenant. */
export interface ApiKeyRepository {
  findTenant(keyHash: string): Promise<string | undefined>;
  register(keyHash: string, tenant: string, label: string): Promise<void>;
}

export function dynamoApiKeyRepository({ client, tableName }: Store): ApiKeyRepository {
  return {
    async findTenant(keyHash) {
      const { Item } = await client
        .send(new GetCommand({ TableName: tableName, Key: keys.apiKey(keyHash) }))
        .catch((error) => Promise.reject(translateStoreError(error)));
      return Item && Item.active !== false ? String(Item.tenant) : undefined;
    },
    async register(keyHash, tenant, label) {
      await client.send(
        new PutCommand({
          TableName: tableName,
          Item: { ...keys.apiKey(keyHash), entity: 'apiKey', tenant, label, active: true },
        }),
      );
    },
  };
}
