import { startRecalculation } from '../lib/services/recalculation.js';
import {
  launchRecalculation,
  recalculationDeps,
  recalculationSegments,
} from '../lib/services/recalculation-runtime.js';
import { logger } from '../lib/http/logger.js';
import { environmentStore } from '../lib/services/runtime.js';
import { dynamoApiKeyRepository } from '../lib/store/api-key-repository.js';

const deps = recalculationDeps();
const registry = dynamoApiKeyRepository(environmentStore());

/** The schedule's entry: one recalculation per tenant; a tenant whose last run still holds the lease is skipped. */
export async function handler() {
  const started: string[] = [];
  for (const tenant of await registry.tenants()) {
    try {
      const job = await startRecalculation(deps, tenant, recalculationSegments());
      await launchRecalculation(deps, tenant, job.jobId);
      started.push(job.jobId);
    } catch (error) {
      logger.warn('recalculation not started', { tenant, error: error as Error });
    }
  }
  return { started };
}
