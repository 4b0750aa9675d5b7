import { OpenApiGeneratorV31, OpenAPIRegistry, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import { problemSchema } from '../schemas/problem.js';
import type { RouteSpec } from './route.js';
import { routes } from './routes.js';

const problemContent = { 'application/problem+json': { schema: problemSchema } };

function errorResponses(route: RouteSpec): RouteConfig['responses'] {
  const statuses: Record<number, string> = { 400: 'Invalid request (every invalid field listed)', 500: 'Our fault' };
  if (route.access !== 'public') {
    Object.assign(statuses, { 401: 'Missing or bad credential', 403: 'Not allowed', 404: 'Unknown', 429: 'Throttled' });
  }
  if (route.body) Object.assign(statuses, { 413: 'Body too large', 415: 'Not a JSON body' });
  if (route.method === 'PATCH' || route.method === 'PUT') Object.assign(statuses, { 412: 'Stale If-Match' });
  return Object.fromEntries(
    Object.entries(statuses).map(([status, description]) => [status, { description, content: problemContent }]),
  );
}

function toPath(route: RouteSpec): RouteConfig {
  const responses: RouteConfig['responses'] = {};
  for (const [status, spec] of Object.entries(route.responses)) {
    responses[status] = {
      description: spec.description,
      ...(spec.schema && { content: { 'application/json': { schema: spec.schema() } } }),
      ...(spec.headers && {
        headers: Object.fromEntries(
          Object.entries(spec.headers).map(([name, description]) => [
            name,
            { description, schema: { type: 'string' } },
          ]),
        ),
      }),
    };
  }
  return {
    method: route.method.toLowerCase() as RouteConfig['method'],
    path: route.path,
    operationId: route.operationId,
    summary: route.summary,
    tags: [route.tag],
    security: route.access === 'public' ? [] : [{ apiKey: [] }, { bearer: [] }],
    request: {
      ...(route.params && { params: route.params as never }),
      ...(route.query && { query: route.query as never }),
      ...(route.body && {
        body: {
          required: true,
          content: Object.fromEntries(
            (route.bodyTypes ?? ['application/json']).map((type) => [type, { schema: route.body! }]),
          ),
        },
      }),
    },
    responses: { ...responses, ...errorResponses(route) },
  };
}

/** The OpenAPI 3.1 document, generated from the route table and its zod schemas. */
export function buildOpenApiDocument(): ReturnType<OpenApiGeneratorV31['generateDocument']> {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'apiKey', { type: 'apiKey', in: 'header', name: 'x-api-key' });
  registry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
  for (const route of Object.values(routes)) registry.registerPath(toPath(route as RouteSpec));
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Hotel loyalty and personalization API',
      version: '1.0.0',
      description: 'Guest profiles, stays, value scores and personalization for hotel groups.',
    },
  });
}
