import { routeHandler } from '../lib/http/route-handler.js';
import { routes } from '../lib/http/routes.js';
import { stayServiceDeps } from '../lib/services/runtime.js';

const { stays } = stayServiceDeps();

export const handler = routeHandler(routes.listStays, async ({ params, query, principal }) => ({
  statusCode: 200,
  body: await stays.list(principal.tenant, params.guestId, query),
}));
