import { etagOf, parseIfMatch } from '../lib/http/etag.js';
import { routeHandler } from '../lib/http/route-handler.js';
import { guestRoutes } from '../lib/http/routes/guests.js';
import { replaceGuest } from '../lib/services/guests.js';
import { guestServiceDeps } from '../lib/services/runtime.js';

const deps = guestServiceDeps();

export const handler = routeHandler(guestRoutes.putGuest, async ({ params, body, principal, headers }) => {
  const ifMatch = parseIfMatch(headers['if-match']);
  const { guest, created } = await replaceGuest(deps, principal.tenant, params.guestId, body, ifMatch);
  return { statusCode: created ? 201 : 200, body: guest, headers: { etag: etagOf(guest.version) } };
});
