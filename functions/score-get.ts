import { routeHandler } from '../lib/http/route-handler.js';
import { stayRoutes } from '../lib/http/routes/stays.js';
import { environmentStore } from '../lib/services/runtime.js';
import { getScore } from '../lib/services/scores.js';
import { dynamoGuestHeaderRepository } from '../lib/store/guest-header-repository.js';

const headers = dynamoGuestHeaderRepository(environmentStore());

export const handler = routeHandler(stayRoutes.getScore, async ({ params, principal }) => ({
  statusCode: 200,
  body: await getScore(headers, principal.tenant, params.guestId),
}));
