import { routeHandler } from '../lib/http/route-handler.js';
import { metaRoutes } from '../lib/http/routes/meta.js';

export const handler = routeHandler(metaRoutes.health, async () => ({ statusCode: 200, body: { status: 'ok' } }));
