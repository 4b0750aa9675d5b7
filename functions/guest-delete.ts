import { routeHandler } from '../lib/http/route-handler.js';
import { guestRoutes } from '../lib/http/routes/guests.js';
import { eraseGuest } from '../lib/services/guests.js';
import { guestServiceDeps } from '../lib/services/runtime.js';

const deps = guestServiceDeps();

export const handler = routeHandler(guestRoutes.deleteGuest, async ({ params, principal }) => {
  await eraseGuest(deps, principal.tenant, params.guestId);
  return { statusCode: 204 };
});
