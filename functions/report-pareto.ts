import { routeHandler } from '../lib/http/route-handler.js';
import { routes } from '../lib/http/routes.js';
import { recalculationDeps } from '../lib/services/recalculation-runtime.js';
import { storedReport } from '../lib/services/stored-reports.js';

const { recalc } = recalculationDeps();

export const handler = routeHandler(routes.reportPareto, async ({ principal }) => ({
  statusCode: 200,
  body: await storedReport(recalc, principal.tenant, 'PARETO'),
}));
