import { routeHandler } from '../lib/http/route-handler.js';
import { routes } from '../lib/http/routes.js';
import { quadrants } from '../lib/services/staff.js';
import { staffDeps } from '../lib/services/staff-runtime.js';

const deps = staffDeps();

export const handler = routeHandler(routes.reportQuadrants, async ({ principal }) => ({
  statusCode: 200,
  body: await quadrants(deps, principal.tenant),
}));
