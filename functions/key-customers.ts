import { routeHandler } from '../lib/http/route-handler.js';
import { staffRoutes } from '../lib/http/routes/staff.js';
import { keyCustomers } from '../lib/services/staff.js';
import { staffDeps } from '../lib/services/staff-runtime.js';

const deps = staffDeps();

export const handler = routeHandler(staffRoutes.keyCustomers, async ({ query, principal }) => ({
  statusCode: 200,
  body: await keyCustomers(deps, principal.tenant, query),
}));
