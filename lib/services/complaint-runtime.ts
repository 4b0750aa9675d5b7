import { dynamoComplaintRepository } from '../store/complaint-repository.js';
import { dynamoGuestHeaderRepository } from '../store/guest-header-repository.js';
import { cachedTenantRepository, dynamoTenantRepository } from '../store/tenant-repository.js';
import type { ComplaintDeps } from './complaints.js';
import { environmentStore } from './runtime.js';

export function complaintDeps(): ComplaintDeps {
  const store = environmentStore();
  return {
    complaints: dynamoComplaintRepository(store),
    headers: dynamoGuestHeaderRepository(store),
    tenants: cachedTenantRepository(dynamoTenantRepository(store), 60_000),
    now: () => new Date(),
  };
}
