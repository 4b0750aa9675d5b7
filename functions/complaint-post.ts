import { routeHandler } from '../lib/http/route-handler.js';
import { routes } from '../lib/http/routes.js';
import { complaintDeps } from '../lib/services/complaint-runtime.js';
import { fileComplaint } from '../lib/services/complaints.js';

const deps = complaintDeps();

export const handler = routeHandler(routes.fileComplaint, async ({ params, body, principal }) => ({
  statusCode: 201,
  body: await fileComplaint(deps, principal.tenant, params.guestId, body, principal.subject),
}));
