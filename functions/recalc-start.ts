import { routeHandler } from '../lib/http/route-handler.js';
import { adminRoutes } from '../lib/http/routes/admin.js';
import { startRecalculation } from '../lib/services/recalculation.js';
import {
  launchRecalculation,
  recalculationDeps,
  recalculationSegments,
} from '../lib/services/recalculation-runtime.js';

const deps = recalculationDeps();

export const handler = routeHandler(adminRoutes.startRecalculation, async ({ principal }) => {
  const job = await startRecalculation(deps, principal.tenant, recalculationSegments());
  await launchRecalculation(deps, principal.tenant, job.jobId);
  return {
    statusCode: 202,
    body: { jobId: job.jobId, status: job.status },
    headers: { location: `/v1/admin/recalculations/${job.jobId}` },
  };
});
