import { PreconditionFailedError } from '../domain/errors.js';
import { sameContent } from '../domain/same-content.js';
import type { TenantConfig } from '../schemas/tenant-config.js';
import type { StoredTenantConfig } from '../store/tenant-config-item.js';
import type { TenantConfigRepository } from '../store/tenant-config-repository.js';
import { type VersionPrecondition, withRaceRetry } from './version-precondition.js';

export interface TenantConfigDeps {
  configs: TenantConfigRepository;
  now: () => Date;
}

export function readTenantConfig(deps: TenantConfigDeps, tenant: string): Promise<StoredTenantConfig> {
  return deps.configs.read(tenant);
}

/**
 * Replaces the tenant's configuration (`config` is already complete: what the caller left out has
 * its default). `If-Match` pins the version read; without it, a concurrent change is retried over.
 * Sending the configuration in force again changes nothing, not even the version.
 */
export function replaceTenantConfig(
  deps: TenantConfigDeps,
  tenant: string,
  config: TenantConfig,
  ifMatch: VersionPrecondition,
): Promise<StoredTenantConfig> {
  return withRaceRetry(ifMatch, async () => {
    const current = await deps.configs.read(tenant);
    if (typeof ifMatch === 'number' && ifMatch !== current.version) {
      throw new PreconditionFailedError(`the configuration is at version ${current.version}; read it again and retry`);
    }
    if (sameContent(current.config, config)) return current;
    const next = { config, version: current.version + 1, updatedAt: deps.now().toISOString() };
    await deps.configs.write(tenant, next, current.version);
    return next;
  });
}
