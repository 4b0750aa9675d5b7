import { routeHandler } from '../lib/http/route-handler.js';
import { routes } from '../lib/http/routes.js';
import { eraseGuest } from '../lib/services/guests.js';
import { guestServiceDeps } from '../lib/services/runtime.js';

const deps = guestServiceDeps();

export const handler = routeHandler(routes.deleteGuest, async ({ params, principal }) => {
  await eraseGuest(deps, principal.tenant, params.guestId);
  return { statusCode: 204 };
});
