import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { APIGatewayAuthorizerResult, APIGatewayProxyResult, Context } from 'aws-lambda';
import { gatewayPayloadLimitBytes, lambdaPayloadLimitBytes } from '../http/limits.js';
import { type GatewayResponseType, gatewayProblem } from '../http/gateway-responses.js';
import type { RouteSpec } from '../http/route.js';
import { type DashboardSite, serveDashboard } from './dashboard-site.js';
import { rateLimiter } from './rate-limiter.js';
import { authorizerEvent, type IncomingRequest, lambdaContext, proxyEvent, readHeaders } from './gateway-events.js';

type LambdaHandler<E, R> = (event: E, context: Context) => Promise<R>;

export interface GatewayOptions {
  routes: readonly RouteSpec[];
  port: number;
  /** Loads the handler a function entry exports, as Lambda would. */
  loadHandler(entry: string): Promise<LambdaHandler<unknown, unknown>>;
  authorizerEntry: string;
  /** The dashboard's static files, served at /dashboard beside the API. */
  dashboard?: DashboardSite;
  /** Requests per second per caller, and the burst allowed (API Gateway's stage throttling). */
  throttle?: { ratePerSecond: number; burst: number };
  log?: (line: string) => void;
}

export interface Gateway {
  url: string;
  close(): Promise<void>;
}

interface CompiledRoute {
  route: RouteSpec;
  pattern: RegExp;
  names: string[];
}

function compile(route: RouteSpec): CompiledRoute {
  const names: string[] = [];
  const source = route.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{(\w+)\\?\}/g, (_m, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { route, pattern: new RegExp(`^${source}$`), names };
}

/** The first route of this method whose path matches, with the path's captured parts. */
function matchRoute(compiled: readonly CompiledRoute[], method: string, path: string) {
  for (const candidate of compiled) {
    if (candidate.route.method !== method) continue;
    const groups = candidate.pattern.exec(path);
    if (groups) return { compiled: candidate, groups };
  }
  return undefined;
}

/**
 * Whether the event made of this request could be over Lambda's payload limit: in JSON each
 * byte of the body, headers and URL takes at most 6 (an escaped control character); Node
 * refuses more than 16 KB of headers, and the event holds them (and the query) at most three
 * times. Below that bound the event is not serialized just to be measured.
 */
function mayExceedLambdaPayload(body: Buffer, request: IncomingMessage): boolean {
  const headersAndUrl = 3 * (16 * 1024 + (request.url?.length ?? 0));
  return 6 * (body.length + headersAndUrl) + 64 * 1024 > lambdaPayloadLimitBytes;
}

/** API Gateway hands on what it cannot decode as it came; the handler's validation answers it. */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function send(response: ServerResponse, result: APIGatewayProxyResult) {
  response.writeHead(result.statusCode, result.headers as Record<string, string>);
  response.end(result.isBase64Encoded ? Buffer.from(result.body, 'base64') : result.body);
}

function sendGatewayResponse(response: ServerResponse, type: GatewayResponseType) {
  const body = gatewayProblem(type);
  send(response, {
    statusCode: body.status,
    headers: { 'content-type': 'application/problem+json' },
    body: JSON.stringify(body),
  });
}

/** Reads the body, but stops keeping it past API Gateway's limit (the rest is drained). */
async function readBody(request: IncomingMessage): Promise<Buffer | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size <= gatewayPayloadLimitBytes) chunks.push(chunk as Buffer);
  }
  return size > gatewayPayloadLimitBytes ? 'too-large' : Buffer.concat(chunks);
}

/**
 * A small stand-in for API Gateway (REST, Lambda proxy): matches the route table, runs the
 * same authorizer and handler modules that are deployed, with the events API Gateway builds,
 * and answers its own errors (401, 404, 413, 502) as the deployed gateway responses do.
 */
export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  const compiled = options.routes.map(compile);
  const limiter = options.throttle && rateLimiter(options.throttle.ratePerSecond, options.throttle.burst);
  const authorize = (await options.loadHandler(options.authorizerEntry)) as LambdaHandler<
    unknown,
    APIGatewayAuthorizerResult
  >;

  async function handle(request: IncomingMessage, response: ServerResponse) {
    if (options.dashboard && (await serveDashboard(options.dashboard, request, response))) return;
    const url = new URL(request.url ?? '/', 'http://localhost');
    const method = request.method ?? 'GET';
    const body = await readBody(request);
    if (body === 'too-large') return sendGatewayResponse(response, 'REQUEST_TOO_LARGE');
    const match = matchRoute(compiled, method, url.pathname);
    if (!match) return sendGatewayResponse(response, 'MISSING_AUTHENTICATION_TOKEN');
    const { route, names } = match.compiled;
    const pathParameters = names.length
      ? Object.fromEntries(names.map((n, i) => [n, safeDecode(match.groups[i + 1]!)]))
      : null;
    const incoming: IncomingRequest = {
      method,
      path: url.pathname,
      resource: route.path,
      pathParameters,
      ...readHeaders(request),
      query: url.searchParams,
      body,
      sourceIp: request.socket.remoteAddress ?? '127.0.0.1',
    };
    let authorizer: Record<string, unknown> | null = null;
    if (route.access !== 'public') {
      const decision = await authorize(authorizerEvent(incoming), lambdaContext('authorizer')).catch(() => undefined);
      if (!decision) return sendGatewayResponse(response, 'UNAUTHORIZED');
      if (decision.policyDocument.Statement.some((s) => s.Effect !== 'Allow'))
        return sendGatewayResponse(response, 'ACCESS_DENIED');
      authorizer = { ...decision.context, principalId: decision.principalId };
      if (limiter && !limiter.allow(`${decision.context?.tenant}|${decision.principalId}`))
        return sendGatewayResponse(response, 'THROTTLED');
    }
    const event = proxyEvent(incoming, authorizer);
    if (mayExceedLambdaPayload(body, request) && Buffer.byteLength(JSON.stringify(event)) > lambdaPayloadLimitBytes)
      return sendGatewayResponse(response, 'REQUEST_TOO_LARGE');
    const handler = (await options.loadHandler(route.entry)) as LambdaHandler<unknown, APIGatewayProxyResult>;
    send(response, await handler(event, lambdaContext(route.entry)));
  }

  const server = createServer((request, response) => {
    const started = performance.now();
    handle(request, response)
      .catch((error: unknown) => {
        options.log?.(`function failed: ${error instanceof Error ? error.stack : String(error)}`);
        if (!response.headersSent) sendGatewayResponse(response, 'DEFAULT_5XX');
      })
      .finally(() =>
        options.log?.(
          `${request.method} ${request.url} ${response.statusCode} ${(performance.now() - started).toFixed(0)}ms`,
        ),
      );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
