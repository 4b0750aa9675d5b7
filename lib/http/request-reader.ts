import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import type * as z from 'zod';
import { hasRole, type Principal, principalSchema } from '../auth/principal.js';
import { toFieldErrors } from '../schemas/issues.js';
import { forbiddenJsonKeys, maxJsonDepth, requestBodyLimitBytes } from './limits.js';
import { HttpProblemError } from './problem.js';
import type { RouteSpec } from './route.js';

/** What a route's handler receives once the request has been checked. */
export interface ParsedRequest {
  params: unknown;
  query: unknown;
  body: unknown;
  principal: Principal | undefined;
  headers: Record<string, string | undefined>;
}

export type RouteContext = Context & { request?: ParsedRequest };

function validate(schema: z.ZodType | undefined, value: unknown, location: string): unknown {
  if (!schema) return undefined;
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new HttpProblemError(400, 'Bad Request', `invalid ${location}`, toFieldErrors(result.error.issues, location));
  }
  return result.data;
}

function readPrincipal(route: RouteSpec, event: APIGatewayProxyEvent): Principal | undefined {
  if (route.access === 'public') return undefined;
  const parsed = principalSchema.safeParse(event.requestContext.authorizer ?? {});
  if (!parsed.success) throw new HttpProblemError(401, 'Unauthorized', 'a valid x-api-key or bearer token is required');
  const principal = parsed.data;
  if (!hasRole(principal, route.access)) {
    throw new HttpProblemError(403, 'Forbidden', `a ${principal.role} may not ${route.summary.toLowerCase()}`);
  }
  // A guest sees only their own records; anyone else's answer as if they did not exist.
  const guestId = event.pathParameters?.guestId;
  if (principal.role === 'guest' && guestId !== undefined && guestId !== principal.guestId) {
    throw new HttpProblemError(404, 'Not Found', `no guest ${guestId}`);
  }
  return principal;
}

function readBody(route: RouteSpec, event: APIGatewayProxyEvent): unknown {
  if (!route.body) return undefined;
  const accepted = route.bodyTypes ?? ['application/json'];
  const mediaType = event.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  if (!mediaType || !accepted.includes(mediaType) || !event.body) {
    throw new HttpProblemError(415, 'Unsupported Media Type', `send a JSON body as ${accepted.join(' or ')}`);
  }
  const text = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
  if (Buffer.byteLength(text, 'utf8') > requestBodyLimitBytes) {
    throw new HttpProblemError(413, 'Content Too Large', `the body may be at most ${requestBodyLimitBytes} bytes`);
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw new HttpProblemError(400, 'Bad Request', `malformed JSON: ${(error as Error).message}`);
  }
  const problem = shapeProblem(body);
  if (problem) throw new HttpProblemError(400, 'Bad Request', problem);
  return body;
}

/** Refuses JSON nested deeper than any operation needs, and keys that could reach a prototype. */
function shapeProblem(value: unknown, depth = 0): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  if (depth >= maxJsonDepth) return `the body nests deeper than ${maxJsonDepth} levels`;
  for (const [key, inner] of Object.entries(value)) {
    if (forbiddenJsonKeys.has(key)) return `the key "${key}" is not allowed`;
    const problem = shapeProblem(inner, depth + 1);
    if (problem) return problem;
  }
  return undefined;
}

/** Checks who is calling, then the body, then every parameter, before the handler runs. */
export function requestReader(route: RouteSpec): MiddlewareObj<APIGatewayProxyEvent, APIGatewayProxyResult> {
  return {
    before: async (request) => {
      const { event } = request;
      const principal = readPrincipal(route, event);
      const rawBody = readBody(route, event);
      const errors: HttpProblemError[] = [];
      const attempt = <T>(read: () => T): T | undefined => {
        try {
          return read();
        } catch (error) {
          if (error instanceof HttpProblemError) errors.push(error);
          else throw error;
          return undefined;
        }
      };
      const params = attempt(() => validate(route.params, event.pathParameters ?? {}, 'path'));
      const query = attempt(() => validate(route.query, event.queryStringParameters ?? {}, 'query'));
      const body = attempt(() => validate(route.body, rawBody, 'body'));
      if (errors.length > 0) {
        const fieldErrors = errors.flatMap((error) => error.errors ?? []);
        throw new HttpProblemError(400, 'Bad Request', `${fieldErrors.length} invalid field(s)`, fieldErrors);
      }
      (request.context as RouteContext).request = { params, query, body, principal, headers: event.headers };
    },
  };
}
