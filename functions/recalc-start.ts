import { routeHandler } from '../lib/http/route-handler.js';
import { adminRoutes } from '../lib/http/routes/admin.js';
import { recalculationStartDeps } from '../lib/services/recalculation-records-runtime.js';
import { launchRecalculation, recalculationSegments, startRecalculation } from '../lib/services/recalculation-start.js';
import { environmentStore } from '../lib/services/runtime.js';

const store = environmentStore();
const deps = recalculationStartDeps();

export const handler = routeHandler(adminRoutes.startRecalculation, async ({ principal }) => {
  const job = await startRecalculation(deps, principal.tenant, recalculationSegments());
  await launchRecalculation(store, principal.tenant, job.jobId);
  return {
    statusCode: 202,
    body: { jobId: job.jobId, status: job.status },
    headers: { location: `/v1/admin/recalculations/${job.jobId}` },
  };
});
