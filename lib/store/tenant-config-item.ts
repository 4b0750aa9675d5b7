import {
  defaultTenantConfig,
  type TenantConfig,
  tenantConfigSchema,
  tenantConfigSchemaVersion,
} from '../schemas/tenant-config.js';
import { stripKeys } from './items.js';

/** A tenant's configuration as stored: version 0 and no date while the tenant has configured nothing. */
export interface StoredTenantConfig {
  config: TenantConfig;
  version: number;
  updatedAt: string | null;
}

/** What the stored item of a tenant's configuration holds (besides its keys). */
export interface TenantConfigItem extends StoredTenantConfig {
  schemaVersion: number;
}

/**
 * The configuration an item holds. One written under the current schema version was parsed by
 * this very schema on its way in, so it is read as it is: no schema is built to read it. One
 * written under an older version is parsed again, which fills in what was added since; if it no
 * longer parses, the defaults stand in rather than stopping scoring.
 */
export function storedConfigOf(item: Record<string, unknown> | undefined): StoredTenantConfig {
  if (!item) return { config: defaultTenantConfig, version: 0, updatedAt: null };
  const stored = stripKeys(item) as unknown as TenantConfigItem;
  const { version, updatedAt } = stored;
  if (stored.schemaVersion === tenantConfigSchemaVersion) return { config: stored.config, version, updatedAt };
  const parsed = tenantConfigSchema().safeParse(stored.config);
  return { config: parsed.success ? parsed.data : defaultTenantConfig, version, updatedAt };
}
