import { etagOf } from '../lib/http/etag.js';
import { routeHandler } from '../lib/http/route-handler.js';
import { guestRoutes } from '../lib/http/routes/guests.js';
import { patchGuest } from '../lib/services/guests.js';
import { guestServiceDeps } from '../lib/services/runtime.js';

const deps = guestServiceDeps();

export const handler = routeHandler(guestRoutes.assignManager, async ({ params, body, principal }) => {
  const guest = await patchGuest(deps, principal.tenant, params.guestId, body, { ifMatch: undefined });
  return { statusCode: 200, body: guest, headers: { etag: etagOf(guest.version) } };
});
