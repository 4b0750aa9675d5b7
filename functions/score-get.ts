import { routeHandler } from '../lib/http/route-handler.js';
import { routes } from '../lib/http/routes.js';
import { environmentStore } from '../lib/services/runtime.js';
import { getScore } from '../lib/services/scores.js';
import { dynamoGuestHeaderRepository } from '../lib/store/guest-header-repository.js';

const headers = dynamoGuestHeaderRepository(environmentStore());

export const handler = routeHandler(routes.getScore, async ({ params, principal }) => ({
  statusCode: 200,
  body: await getScore(headers, principal.tenant, params.guestId),
}));
