import { routeHandler } from '../lib/http/route-handler.js';
import { routes } from '../lib/http/routes.js';
import { stayServiceDeps } from '../lib/services/runtime.js';
import { putStay } from '../lib/services/stays.js';

const deps = stayServiceDeps();

export const handler = routeHandler(routes.putStay, async ({ params, body, principal }) => {
  const { stay, created } = await putStay(deps, principal.tenant, params.guestId, params.stayId, body);
  return { statusCode: created ? 201 : 200, body: stay };
});
