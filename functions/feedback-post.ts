import { routeHandler } from '../lib/http/route-handler.js';
import { careRoutes } from '../lib/http/routes/care.js';
import { receiveFeedback } from '../lib/services/feedback.js';
import { environmentStore } from '../lib/services/runtime.js';
import { dynamoFeedbackRepository } from '../lib/store/feedback-repository.js';

const deps = { feedback: dynamoFeedbackRepository(environmentStore()), now: () => new Date() };

export const handler = routeHandler(careRoutes.postFeedback, async ({ params, body, principal }) => ({
  statusCode: 201,
  body: await receiveFeedback(deps, principal.tenant, params.guestId, body),
}));
