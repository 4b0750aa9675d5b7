import { guestSelfServiceFields } from '../lib/schemas/guest.js';
import { etagOf, parseIfMatch } from '../lib/http/etag.js';
import { routeHandler } from '../lib/http/route-handler.js';
import { guestRoutes } from '../lib/http/routes/guests.js';
import { patchGuest } from '../lib/services/guests.js';
import { guestServiceDeps } from '../lib/services/runtime.js';

const deps = guestServiceDeps();

export const handler = routeHandler(guestRoutes.patchGuest, async ({ params, body, principal, headers }) => {
  const guest = await patchGuest(deps, principal.tenant, params.guestId, body, {
    ifMatch: parseIfMatch(headers['if-match']),
    allowedFields: principal.role === 'guest' ? guestSelfServiceFields : undefined,
  });
  return { statusCode: 200, body: guest, headers: { etag: etagOf(guest.version) } };
});
