import { routeHandler } from '../lib/http/route-handler.js';
import { stayRoutes } from '../lib/http/routes/stays.js';
import { stayServiceDeps } from '../lib/services/runtime.js';
import { putStay } from '../lib/services/stays.js';

const deps = stayServiceDeps();

export const handler = routeHandler(stayRoutes.putStay, async ({ params, body, principal }) => {
  const { stay, created } = await putStay(deps, principal.tenant, params.guestId, params.stayId, body);
  return { statusCode: created ? 201 : 200, body: stay };
});
