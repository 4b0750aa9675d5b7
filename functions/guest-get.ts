import { etagOf } from '../lib/http/etag.js';
import { routeHandler } from '../lib/http/route-handler.js';
import { guestRoutes } from '../lib/http/routes/guests.js';
import { getGuest } from '../lib/services/guests.js';
import { guestServiceDeps } from '../lib/services/runtime.js';

const deps = guestServiceDeps();

export const handler = routeHandler(guestRoutes.getGuest, async ({ params, principal }) => {
  const guest = await getGuest(deps, principal.tenant, params.guestId);
  return { statusCode: 200, body: guest, headers: { etag: etagOf(guest.version) } };
});
