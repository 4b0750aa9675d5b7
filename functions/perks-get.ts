import { routeHandler } from '../lib/http/route-handler.js';
import { perksRoutes } from '../lib/http/routes/perks.js';
import { getPerks } from '../lib/services/perks.js';
import { environmentStore } from '../lib/services/runtime.js';
import { dynamoGuestHeaderRepository } from '../lib/store/guest-header-repository.js';
import { cachedTenantRepository, dynamoTenantRepository } from '../lib/store/tenant-repository.js';

const store = environmentStore();
const deps = {
  headers: dynamoGuestHeaderRepository(store),
  tenants: cachedTenantRepository(dynamoTenantRepository(store), 60_000),
  now: () => new Date(),
};

export const handler = routeHandler(perksRoutes.getPerks, async ({ params, principal, headers }) => ({
  statusCode: 200,
  body: await getPerks(deps, principal.tenant, params.guestId, headers['accept-language']),
}));
