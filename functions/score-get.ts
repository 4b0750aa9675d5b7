import { routeHandler } from '../lib/http/route-handler.js';
import { routes } from '../lib/http/routes.js';
import { environmentStore } from '../lib/services/runtime.js';
import { getScore } from '../lib/services/scores.js';
import { dynamoScoreRepository } from '../lib/store/score-repository.js';

const scores = dynamoScoreRepository(environmentStore());

export const handler = routeHandler(routes.getScore, async ({ params, principal }) => ({
  statusCode: 200,
  body: await getScore(scores, principal.tenant, params.guestId),
}));
