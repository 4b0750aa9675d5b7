import { routeHandler } from '../lib/http/route-handler.js';
import { routes } from '../lib/http/routes.js';
import { exportGuest } from '../lib/services/guests.js';
import { guestServiceDeps } from '../lib/services/runtime.js';

const deps = guestServiceDeps();

export const handler = routeHandler(routes.exportGuest, async ({ params, principal }) => ({
  statusCode: 200,
  body: await exportGuest(deps, principal.tenant, params.guestId),
}));
