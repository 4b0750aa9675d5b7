import { buildOpenApiDocument } from '../lib/http/openapi.js';
import { routeHandler } from '../lib/http/route-handler.js';
import { routes } from '../lib/http/routes.js';

// Built once per container: the document only changes with a deployment.
const document = buildOpenApiDocument();

export const handler = routeHandler(routes.openApi, async () => ({ statusCode: 200, body: document }));
