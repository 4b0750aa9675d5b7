import type { InProcessRecalculation } from '../services/recalculation-start.js';

/** The local stack's runner: the same worker code as the Step Functions tasks, in this process. */
export const inProcessRecalculation: InProcessRecalculation = (store, tenant, jobId) => {
  (async () => {
    const [{ runRecalculation }, { recalculationDeps }] = await Promise.all([
      import('../services/recalculation.js'),
      import('../services/recalculation-runtime.js'),
    ]);
    await runRecalculation(recalculationDeps(store), tenant, jobId);
  })().catch((error: unknown) => {
    // The job records its own failures; this is one it could not record (the table unreachable, say).
    console.error(`recalculation ${jobId} of ${tenant} stopped: ${error instanceof Error ? error.message : error}`);
  });
};
