import { etagOf } from '../lib/http/etag.js';
import { routeHandler } from '../lib/http/route-handler.js';
import { routes } from '../lib/http/routes.js';
import { getGuest } from '../lib/services/guests.js';
import { guestServiceDeps } from '../lib/services/runtime.js';

const deps = guestServiceDeps();

export const handler = routeHandler(routes.getGuest, async ({ params, principal }) => {
  const guest = await getGuest(deps, principal.tenant, params.guestId);
  return { statusCode: 200, body: guest, headers: { etag: etagOf(guest.version) } };
});
