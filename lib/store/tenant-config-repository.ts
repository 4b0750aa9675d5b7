import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { PreconditionFailedError } from '../domain/errors.js';
import { tenantConfigSchemaVersion } from '../schemas/tenant-config.js';
import type { Store } from './client.js';
import { unchangedSince } from './conditions.js';
import { isConditionFailure, translateStoreError } from './errors.js';
import { keys } from './keys.js';
import { type StoredTenantConfig, storedConfigOf, type TenantConfigItem } from './tenant-config-item.js';

export interface TenantConfigRepository {
  /** The tenant's configuration, read strongly: the defaults at version 0 when none is stored. */
  read(tenant: string): Promise<StoredTenantConfig>;
  /** Writes `stored` if the stored version is still `expectedVersion` (0: none stored yet). */
  write(tenant: string, stored: StoredTenantConfig, expectedVersion: number): Promise<void>;
}

/** The DynamoDB implementation of {@link TenantConfigRepository}: the tenant's CONFIG item. */
export function dynamoTenantConfigRepository({ client, tableName }: Store): TenantConfigRepository {
  return {
    async read(tenant) {
      const { Item } = await client
        .send(new GetCommand({ TableName: tableName, Key: keys.tenantConfig(tenant), ConsistentRead: true }))
        .catch((error) => Promise.reject(translateStoreError(error)));
      return storedConfigOf(Item);
    },

    async write(tenant, stored, expectedVersion) {
      const item: TenantConfigItem = { ...stored, schemaVersion: tenantConfigSchemaVersion };
      try {
        await client.send(
          new PutCommand({
            TableName: tableName,
            Item: { ...keys.tenantConfig(tenant), ...item },
            ...unchangedSince(expectedVersion),
          }),
        );
      } catch (error) {
        if (isConditionFailure(error)) throw new PreconditionFailedError('the configuration changed meanwhile');
        throw translateStoreError(error);
      }
    },
  };
}
