import { dynamoTenantConfigRepository } from '../store/tenant-config-repository.js';
import { environmentStore } from './runtime.js';
import type { TenantConfigDeps } from './tenant-config.js';

/** What the configuration's functions need, on the table named by the environment. */
export function tenantConfigDeps(): TenantConfigDeps {
  return { configs: dynamoTenantConfigRepository(environmentStore()), now: () => new Date() };
}
