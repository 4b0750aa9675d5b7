import { routeHandler } from '../lib/http/route-handler.js';
import { guestRoutes } from '../lib/http/routes/guests.js';
import { guestServiceDeps } from '../lib/services/runtime.js';

const { guests } = guestServiceDeps();

export const handler = routeHandler(guestRoutes.findGuests, async ({ query, principal }) => {
  const lookup = query.email
    ? { email: query.email }
    : query.phone
      ? { phone: query.phone }
      : { loyaltyNumber: query.loyaltyNumber! };
  return { statusCode: 200, body: { items: await guests.findBy(principal.tenant, lookup), cursor: null } };
});
