import { routeHandler } from '../lib/http/route-handler.js';
import { careRoutes } from '../lib/http/routes/care.js';
import { complaintDeps } from '../lib/services/complaint-runtime.js';
import { listComplaints } from '../lib/services/complaints.js';

const deps = complaintDeps();

export const handler = routeHandler(careRoutes.listComplaints, async ({ query, principal }) => ({
  statusCode: 200,
  body: await listComplaints(deps, principal.tenant, query),
}));
