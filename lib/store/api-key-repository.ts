import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from './client.js';
import { translateStoreError } from './errors.js';
import { keys } from './keys.js';

/** Partner API keys, stored by hash and bound to one tenant. */
export interface ApiKeyRepository {
  findTenant(keyHash: string): Promise<string | undefined>;
  register(keyHash: string, tenant: string, label: string): Promise<void>;
  /** Every tenant that has been given a key: whom the scheduled jobs run for. */
  tenants(): Promise<string[]>;
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
      await client.send(
        new UpdateCommand({
          TableName: tableName,
          Key: keys.tenantRegistry(),
          UpdateExpression: 'SET entity = :entity ADD tenants :tenant',
          ExpressionAttributeValues: { ':entity': 'tenantRegistry', ':tenant': new Set([tenant]) },
        }),
      );
    },
    async tenants() {
      const { Item } = await client
        .send(new GetCommand({ TableName: tableName, Key: keys.tenantRegistry() }))
        .catch((error) => Promise.reject(translateStoreError(error)));
      return [...((Item?.tenants as Set<string> | undefined) ?? [])].sort();
    },
  };
}
