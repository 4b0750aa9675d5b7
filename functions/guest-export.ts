import { routeHandler } from '../lib/http/route-handler.js';
import { guestRoutes } from '../lib/http/routes/guests.js';
import { exportGuest } from '../lib/services/guests.js';
import { guestServiceDeps } from '../lib/services/runtime.js';

const deps = guestServiceDeps();

export const handler = routeHandler(guestRoutes.exportGuest, async ({ params, principal }) => ({
  statusCode: 200,
  body: await exportGuest(deps, principal.tenant, params.guestId),
}));
