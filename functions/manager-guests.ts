import { routeHandler } from '../lib/http/route-handler.js';
import { staffRoutes } from '../lib/http/routes/staff.js';
import { managerGuests } from '../lib/services/staff.js';
import { staffDeps } from '../lib/services/staff-runtime.js';

const deps = staffDeps();

export const handler = routeHandler(staffRoutes.managerGuests, async ({ params, query, principal }) => ({
  statusCode: 200,
  body: await managerGuests(deps, principal.tenant, params.managerId, query),
}));
