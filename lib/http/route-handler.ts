import middy from '@middy/core';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { metrics } from './metrics.js';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import type * as z from 'zod';
import type { Principal } from '../auth/principal.js';
import { logger } from './logger.js';
import { problemResponses } from './problem-responses.js';
import { requestReader, type RouteContext } from './request-reader.js';
import type { RouteSpec } from './route.js';

export interface RouteInput<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> {
  params: z.infer<P>;
  query: z.infer<Q>;
  body: z.infer<B>;
  principal: Principal;
  headers: Record<string, string | undefined>;
}

export interface RouteResult {
  statusCode: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Implementation<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> = (
  input: RouteInput<P, Q, B>,
) => Promise<RouteResult>;

function toResponse(result: RouteResult): APIGatewayProxyResult {
  const hasBody = result.body !== undefined;
  return {
    statusCode: result.statusCode,
    headers: { ...(hasBody && { 'content-type': 'application/json' }), ...result.headers },
    body: hasBody ? JSON.stringify(result.body) : '',
  };
}

/**
 * The one middy stack every API function uses: problem+json errors (first, so it runs last),
 * header normalisation, then credentials, body and parameter checks before `implementation`.
 */
export function routeHandler<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
  route: RouteSpec<P, Q, B>,
  implementation: Implementation<P, Q, B>,
) {
  return middy<APIGatewayProxyEvent, APIGatewayProxyResult, Error, Context>()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(logMetrics(metrics))
    .use(problemResponses())
    .use(httpHeaderNormalizer())
    .use(requestReader(route as RouteSpec))
    .handler(async (event, context) => {
      const request = (context as RouteContext).request!;
      // Ids only: names, emails, phones and birthdays never reach the logs.
      logger.appendKeys({
        correlationId: event.requestContext.requestId,
        tenant: request.principal?.tenant,
        route: route.operationId,
      });
      return toResponse(await implementation(request as RouteInput<P, Q, B>));
    });
}
