import { routeHandler } from '../lib/http/route-handler.js';
import { routes } from '../lib/http/routes.js';
import { guestServiceDeps } from '../lib/services/runtime.js';

const { guests } = guestServiceDeps();

export const handler = routeHandler(routes.findGuests, async ({ query, principal }) => {
  const lookup = query.email
    ? { email: query.email }
    : query.phone
      ? { phone: query.phone }
      : { loyaltyNumber: query.loyaltyNumber! };
  return { statusCode: 200, body: { items: await guests.findBy(principal.tenant, lookup), cursor: null } };
});
