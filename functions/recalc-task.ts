import {
  applySegment,
  failRecalculation,
  finishRecalculation,
  planRecalculation,
} from '../lib/services/recalculation.js';
import { recalculationDeps } from '../lib/services/recalculation-runtime.js';

const deps = recalculationDeps();

export interface RecalculationTask {
  step: 'plan' | 'apply' | 'finish' | 'fail';
  tenant: string;
  jobId: string;
  segment?: number;
  error?: { Cause?: string };
}

/**
 * The steps of the recalculation state machine, each its own Lambda invocation within its
 * own time budget: plan (refit, Pareto) → apply (one scan segment, in a Distributed Map) → finish.
 */
export async function handler(task: RecalculationTask) {
  switch (task.step) {
    case 'plan':
      return { segments: await planRecalculation(deps, task.tenant, task.jobId) };
    case 'apply':
      await applySegment(deps, task.tenant, task.jobId, task.segment ?? 0);
      return { segment: task.segment };
    case 'finish':
      return (await finishRecalculation(deps, task.tenant, task.jobId)).summary;
    case 'fail':
      await failRecalculation(deps, task.tenant, task.jobId, task.error?.Cause ?? 'the state machine failed');
      return {};
  }
}
