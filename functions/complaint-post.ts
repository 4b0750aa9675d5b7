import { routeHandler } from '../lib/http/route-handler.js';
import { careRoutes } from '../lib/http/routes/care.js';
import { complaintDeps } from '../lib/services/complaint-runtime.js';
import { fileComplaint } from '../lib/services/complaints.js';

const deps = complaintDeps();

export const handler = routeHandler(careRoutes.fileComplaint, async ({ params, body, principal }) => ({
  statusCode: 201,
  body: await fileComplaint(deps, principal.tenant, params.guestId, body, principal.subject),
}));
