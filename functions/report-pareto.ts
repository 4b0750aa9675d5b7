import { routeHandler } from '../lib/http/route-handler.js';
import { staffRoutes } from '../lib/http/routes/staff.js';
import { recalculationRecords } from '../lib/services/recalculation-records-runtime.js';
import { storedReport } from '../lib/services/stored-reports.js';

const recalc = recalculationRecords();

export const handler = routeHandler(staffRoutes.reportPareto, async ({ principal }) => ({
  statusCode: 200,
  body: await storedReport(recalc, principal.tenant, 'PARETO'),
}));
