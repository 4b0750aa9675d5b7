import { NotFoundError } from '../lib/domain/errors.js';
import { routeHandler } from '../lib/http/route-handler.js';
import { adminRoutes } from '../lib/http/routes/admin.js';
import { recalculationRecords } from '../lib/services/recalculation-records-runtime.js';

const recalc = recalculationRecords();

export const handler = routeHandler(adminRoutes.getRecalculation, async ({ params, principal }) => {
  const job = await recalc.getJob(principal.tenant, params.jobId);
  if (!job) throw new NotFoundError(`no recalculation ${params.jobId}`);
  const { counters = {}, segmentsDone = [], tenant: _tenant, ...rest } = job;
  const progress = {
    segmentsDone: segmentsDone.length,
    totalSegments: job.totalSegments,
    guestsSeen: counters.seen ?? 0,
  };
  return { statusCode: 200, body: { ...rest, progress } };
});
