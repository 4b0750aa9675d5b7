import { buildOpenApiDocument } from '../lib/http/openapi.js';
import { routeHandler } from '../lib/http/route-handler.js';
import { metaRoutes } from '../lib/http/routes/meta.js';

// Built once per container: the document only changes with a deployment.
const document = buildOpenApiDocument();

export const handler = routeHandler(metaRoutes.openApi, async () => ({ statusCode: 200, body: document }));
