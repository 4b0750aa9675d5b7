import { routeHandler } from '../lib/http/route-handler.js';
import { routes } from '../lib/http/routes.js';
import { complaintDeps } from '../lib/services/complaint-runtime.js';
import { listComplaints } from '../lib/services/complaints.js';

const deps = complaintDeps();

export const handler = routeHandler(routes.listComplaints, async ({ query, principal }) => ({
  statusCode: 200,
  body: await listComplaints(deps, principal.tenant, query),
}));
