import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { metrics } from '../lib/http/metrics.js';
import { routeHandler } from '../lib/http/route-handler.js';
import { personalizationRoutes } from '../lib/http/routes/personalization.js';
import { recommendForReservation } from '../lib/services/recommendations.js';
import { environmentStore } from '../lib/services/runtime.js';
import { dynamoGuestHeaderRepository } from '../lib/store/guest-header-repository.js';
import { dynamoGuestRepository } from '../lib/store/guest-repository.js';
import { cachedTenantRepository, dynamoTenantRepository } from '../lib/store/tenant-repository.js';

const store = environmentStore();
const deps = {
  guests: dynamoGuestRepository(store),
  headers: dynamoGuestHeaderRepository(store),
  // Settings change rarely; caching keeps the booking path at one read of the guest.
  tenants: cachedTenantRepository(dynamoTenantRepository(store), 60_000),
};

export const handler = routeHandler(personalizationRoutes.recommend, async ({ body, principal, headers }) => {
  const started = performance.now();
  const result = await recommendForReservation(deps, principal.tenant, body, headers['accept-language']);
  metrics.addMetric('RecommendationLatency', MetricUnit.Milliseconds, performance.now() - started);
  return { statusCode: 200, body: result };
});
