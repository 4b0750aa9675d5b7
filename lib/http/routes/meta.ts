import * as z from 'zod';
import { defineRoute } from '../route.js';

/**
 * Liveness and this API's own description. A function imports only its own area's routes,
 * so it builds only the schemas of those.
 */
export const metaRoutes = {
  health: defineRoute({
    operationId: 'getHealth',
    method: 'GET',
    path: '/health',
    entry: 'health',
    tag: 'Meta',
    summary: 'Liveness: answers 200 when the API is up',
    access: 'public',
    tableAccess: 'none',
    responses: { 200: { description: 'Up', schema: () => z.object({ status: z.literal('ok') }) } },
  }),
  openApi: defineRoute({
    operationId: 'getOpenApi',
    method: 'GET',
    path: '/v1/openapi.json',
    entry: 'openapi',
    tag: 'Meta',
    summary: 'This OpenAPI document',
    access: 'public',
    tableAccess: 'none',
    responses: { 200: { description: 'OpenAPI 3.1 document' } },
  }),
};
