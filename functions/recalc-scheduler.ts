import { logger } from '../lib/http/logger.js';
import { recalculationStartDeps } from '../lib/services/recalculation-records-runtime.js';
import { launchRecalculation, recalculationSegments, startRecalculation } from '../lib/services/recalculation-start.js';
import { environmentStore } from '../lib/services/runtime.js';
import { dynamoApiKeyRepository } from '../lib/store/api-key-repository.js';

const store = environmentStore();
const deps = recalculationStartDeps();
const registry = dynamoApiKeyRepository(store);

/** The schedule's entry: one recalculation per tenant; a tenant whose last run still holds the lease is skipped. */
export async function handler() {
  const started: string[] = [];
  for (const tenant of await registry.tenants()) {
    try {
      const job = await startRecalculation(deps, tenant, recalculationSegments());
      await launchRecalculation(store, tenant, job.jobId);
      started.push(job.jobId);
    } catch (error) {
      logger.warn('recalculation not started', { tenant, error: error as Error });
    }
  }
  return { started };
}
