import { randomBytes } from 'node:crypto';
import { ConflictError } from '../domain/errors.js';
import type { RecalculationJob, RecalculationRepository } from '../store/recalculation-repository.js';
import type { Store } from '../store/client.js';

/** A lease outlives a crashed run by this much, after which a new run may take over; each step renews it. */
export const leaseMs = 2 * 60_000;

/** What starting a job needs: the job records and a clock (none of the job's own code). */
export interface RecalculationStartDeps {
  recalc: RecalculationRepository;
  now: () => Date;
}

/** Takes the tenant's lease and records a new job; a second run while one holds the lease is refused. */
export async function startRecalculation(
  deps: RecalculationStartDeps,
  tenant: string,
  totalSegments: number,
): Promise<RecalculationJob> {
  const now = deps.now();
  const jobId = `r-${now.getTime().toString(36)}${randomBytes(4).toString('hex')}`;
  if (!(await deps.recalc.acquireLease(tenant, jobId, now, leaseMs))) {
    throw new ConflictError('a recalculation of this tenant is already running');
  }
  const job: RecalculationJob = {
    jobId,
    tenant,
    status: 'running',
    phase: 'plan',
    startedAt: now.toISOString(),
    totalSegments,
    counters: {},
  };
  await deps.recalc.putJob(job);
  return job;
}

/** How many segments a run fans out over: one locally (DynamoDB Local ignores segments). */
export const recalculationSegments = (env: NodeJS.ProcessEnv = process.env) => Number(env.RECALCULATION_SEGMENTS ?? 1);

/** Runs a job's work in this process, not awaited: what the local stack, which has no Step Functions, registers. */
export type InProcessRecalculation = (store: Store, tenant: string, jobId: string) => void;

let inProcess: InProcessRecalculation | undefined;

/**
 * Makes jobs started without a state machine run in this process (the local stack calls it once).
 * Registered rather than imported here, so that the deployed functions that start jobs, which
 * never run one, do not carry the job's code (the models, their special functions) in their bundles.
 */
export function runRecalculationsInProcess(run: InProcessRecalculation): void {
  inProcess = run;
}

/**
 * Starts the work of a job: the Step Functions state machine when deployed (its SDK loaded on
 * first use), else the in-process runner the local stack registered. The caller gets its 202 at once.
 */
export async function launchRecalculation(
  store: Store,
  tenant: string,
  jobId: string,
  env: NodeJS.ProcessEnv = process.env,
) {
  if (env.RECALCULATION_STATE_MACHINE_ARN) {
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
  if (!inProcess) throw new Error('RECALCULATION_STATE_MACHINE_ARN is not set, and no in-process runner is registered');
  inProcess(store, tenant, jobId);
}
