import type { Store } from '../store/client.js';
import type { InProcessRecalculation } from '../services/recalculation-start.js';

/** Runs a started job here, to its end: the same worker code as the Step Functions tasks, loaded on first use. */
export async function runRecalculationHere(store: Store, tenant: string, jobId: string): Promise<void> {
  const [{ runRecalculation }, { recalculationDeps }] = await Promise.all([
    import('../services/recalculation.js'),
    import('../services/recalculation-runtime.js'),
  ]);
  await runRecalculation(recalculationDeps(store), tenant, jobId);
}

/** The local stack's runner for the jobs its API starts: not awaited, as the API answers 202 at once. */
export const inProcessRecalculation: InProcessRecalculation = (store, tenant, jobId) => {
  runRecalculationHere(store, tenant, jobId).catch((error: unknown) => {
    // The job records its own failures; this is one it could not record (the table unreachable, say).
    console.error(`recalculation ${jobId} of ${tenant} stopped: ${error instanceof Error ? error.message : error}`);
  });
};
