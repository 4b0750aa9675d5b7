import { routeHandler } from '../lib/http/route-handler.js';
import { stayRoutes } from '../lib/http/routes/stays.js';
import { stayServiceDeps } from '../lib/services/runtime.js';

const { stays } = stayServiceDeps();

export const handler = routeHandler(stayRoutes.listStays, async ({ params, query, principal }) => ({
  statusCode: 200,
  body: await stays.list(principal.tenant, params.guestId, query),
}));
