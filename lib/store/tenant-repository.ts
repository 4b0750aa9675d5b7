import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { defaultPopulation, type PopulationModel } from '../domain/scoring/population.js';
import type { TenantConfig } from '../schemas/tenant-config.js';
import type { Store } from './client.js';
import { translateStoreError } from './errors.js';
import { storedConfigOf } from './tenant-config-item.js';
import { stripKeys } from './items.js';
import { keys } from './keys.js';

export interface TenantSettings {
  config: TenantConfig;
  population: PopulationModel;
}

export interface TenantRepository {
  /** The tenant's configuration and population model, defaults where none is stored. */
  readSettings(tenant: string): Promise<TenantSettings>;
}

export function dynamoTenantRepository({ client, tableName }: Store): TenantRepository {
  return {
    async readSettings(tenant) {
      const { Items = [] } = await client
        .send(
          new QueryCommand({
            TableName: tableName,
            KeyConditionExpression: 'pk = :pk',
            ExpressionAttributeValues: { ':pk': keys.tenantPartition(tenant) },
          }),
        )
        .catch((error) => Promise.reject(translateStoreError(error)));
      const find = (sk: string) => Items.find((item) => item.sk === sk);
      const storedConfig = find(keys.tenantConfig(tenant).sk);
      const storedPopulation = find(keys.population(tenant).sk);
      return {
        config: storedConfigOf(storedConfig).config,
        population: storedPopulation ? (stripKeys(storedPopulation).population as PopulationModel) : defaultPopulation,
      };
    },
  };
}

/** Keeps each tenant's settings for `ttlMs`, so scoring a record costs no extra read in the common case. */
export function cachedTenantRepository(
  inner: TenantRepository,
  ttlMs: number,
  now = () => Date.now(),
): TenantRepository {
  const cache = new Map<string, { at: number; settings: Promise<TenantSettings> }>();
  return {
    readSettings(tenant) {
      const hit = cache.get(tenant);
      if (hit && now() - hit.at < ttlMs) return hit.settings;
      const settings = inner.readSettings(tenant);
      cache.set(tenant, { at: now(), settings });
      settings.catch(() => cache.delete(tenant));
      return settings;
    },
  };
}
