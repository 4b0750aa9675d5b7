import { estimateLifetime } from '../domain/scoring/lifetime.js';
import { dynamoRecalculationRepository } from '../store/recalculation-repository.js';
import { dynamoScoreRepository } from '../store/score-repository.js';
import { dynamoTenantRepository } from '../store/tenant-repository.js';
import { type RecalculationDeps, runRecalculation } from './recalculation.js';
import { environmentStore } from './runtime.js';
import type { Store } from '../store/client.js';

/** The job reads tenant settings fresh: it is what changes them. */
export function recalculationDeps(store: Store = environmentStore()): RecalculationDeps {
  return {
    recalc: dynamoRecalculationRepository(store),
    scores: dynamoScoreRepository(store),
    tenants: dynamoTenantRepository(store),
    estimateLifetime,
    now: () => new Date(),
  };
}

/** How many scan segments a run fans out over: one locally (DynamoDB Local ignores segments). */
export const recalculationSegments = (env: NodeJS.ProcessEnv = process.env) => Number(env.RECALCULATION_SEGMENTS ?? 1);

/**
 * Starts the work of a job: the Step Functions state machine when deployed, the same worker
 * code in this process locally (not awaited: the caller gets its 202 at once).
 */
export async function launchRecalculation(
  deps: RecalculationDeps,
  tenant: string,
  jobId: string,
  env: NodeJS.ProcessEnv = process.env,
) {
  if (env.RECALCULATION_STATE_MACHINE_ARN) {
    // Loaded on first use, not at module load: of the functions importing this module only two ever
    // launch a job, and loading the Step Functions SDK would add ~8 ms to every other one's cold start.
    const { SFNClient, StartExecutionCommand } = await import('./step-functions.js');
    await new SFNClient({}).send(
      new StartExecutionCommand({
        stateMachineArn: env.RECALCULATION_STATE_MACHINE_ARN,
        name: jobId,
        input: JSON.stringify({ tenant, jobId }),
      }),
    );
    return;
  }
  void runRecalculation(deps, tenant, jobId);
}
