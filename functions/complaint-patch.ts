import { routeHandler } from '../lib/http/route-handler.js';
import { routes } from '../lib/http/routes.js';
import { complaintDeps } from '../lib/services/complaint-runtime.js';
import { moveComplaint } from '../lib/services/complaints.js';

const deps = complaintDeps();

export const handler = routeHandler(routes.moveComplaint, async ({ params, body, principal }) => ({
  statusCode: 200,
  body: await moveComplaint(deps, principal.tenant, params, { ...body, by: principal.subject }),
}));
