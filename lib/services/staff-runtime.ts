import { dynamoAccountManagerRepository } from '../store/account-manager-repository.js';
import { dynamoComplaintRepository } from '../store/complaint-repository.js';
import { cachedTenantRepository, dynamoTenantRepository } from '../store/tenant-repository.js';
import { dynamoTenantScoresRepository } from '../store/tenant-scores-repository.js';
import { environmentStore } from './runtime.js';
import type { StaffDeps } from './staff.js';

export function staffDeps(): StaffDeps {
  const store = environmentStore();
  return {
    managers: dynamoAccountManagerRepository(store),
    scores: dynamoTenantScoresRepository(store),
    complaints: dynamoComplaintRepository(store),
    tenants: cachedTenantRepository(dynamoTenantRepository(store), 60_000),
    now: () => new Date(),
  };
}
