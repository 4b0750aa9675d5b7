import { routeHandler } from '../lib/http/route-handler.js';
import { careRoutes } from '../lib/http/routes/care.js';
import { complaintDeps } from '../lib/services/complaint-runtime.js';
import { moveComplaint } from '../lib/services/complaints.js';

const deps = complaintDeps();

export const handler = routeHandler(careRoutes.moveComplaint, async ({ params, body, principal }) => ({
  statusCode: 200,
  body: await moveComplaint(deps, principal.tenant, params, { ...body, by: principal.subject }),
}));
