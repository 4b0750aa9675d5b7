import { routeHandler } from '../lib/http/route-handler.js';
import { routes } from '../lib/http/routes.js';

export const handler = routeHandler(routes.health, async () => ({ statusCode: 200, body: { status: 'ok' } }));
