import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { ThrottledError } from '../domain/errors.js';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { logger } from './logger.js';
import { metrics } from './metrics.js';
import { problemFor } from './problem.js';

/** Turns any error into an application/problem+json response; used first so it runs last. */
export function problemResponses(): MiddlewareObj<APIGatewayProxyEvent, APIGatewayProxyResult> {
  return {
    onError: async (request) => {
      const body = problemFor(request.error);
      metrics.addDimensions({ status: String(body.status) });
      metrics.addMetric('RejectedRequests', MetricUnit.Count, 1);
      if (body.status >= 500) logger.error('unhandled error', { error: request.error as Error });
      request.response = {
        statusCode: body.status,
        headers: {
          'content-type': 'application/problem+json',
          ...(request.error instanceof ThrottledError && { 'retry-after': '1' }),
        },
        body: JSON.stringify(body),
      };
    },
  };
}
