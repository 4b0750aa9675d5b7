import {
  applySegment,
  failRecalculation,
  finishRecalculation,
  planRecalculation,
} from '../lib/services/recalculation.js';
import { recalculationDeps } from '../lib/services/recalculation-runtime.js';

const deps = recalculationDeps();

interface TaskInput {
  tenant: string;
  jobId: string;
  segment?: number;
  error?: { Cause?: string };
}

/**
 * The recalculation's Step Functions tasks, one Lambda per step so each runs within its own
 * time budget: plan (refit, Pareto) → apply (one scan segment, in a Distributed Map) → finish.
 */
export const plan = async ({ tenant, jobId }: TaskInput) => ({
  tenant,
  jobId,
  segments: await planRecalculation(deps, tenant, jobId),
});
export const apply = async ({ tenant, jobId, segment }: TaskInput) => {
  await applySegment(deps, tenant, jobId, segment ?? 0);
  return { segment };
};
export const finish = async ({ tenant, jobId }: TaskInput) => (await finishRecalculation(deps, tenant, jobId)).summary;
export const fail = async ({ tenant, jobId, error }: TaskInput) =>
  failRecalculation(deps, tenant, jobId, error?.Cause ?? 'failed');
