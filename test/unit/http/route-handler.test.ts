import type { APIGatewayProxyEvent, Context } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { ThrottledError } from '../../../lib/domain/errors.js';
import { routeHandler } from '../../../lib/http/route-handler.js';
import { routes } from '../../../lib/http/routes.js';

const event = {
  httpMethod: 'GET',
  path: '/v1/guests/g1',
  resource: '/v1/guests/{guestId}',
  headers: {},
  multiValueHeaders: {},
  pathParameters: { guestId: 'g1' },
  queryStringParameters: null,
  requestContext: { requestId: 'req-1', authorizer: { tenant: 'demo', role: 'partner', subject: 'apikey:1' } },
  body: null,
  isBase64Encoded: false,
} as unknown as APIGatewayProxyEvent;
const context = { functionName: 'test', awsRequestId: 'a', getRemainingTimeInMillis: () => 1000 } as unknown as Context;
const invoke = (fail: () => never) => routeHandler(routes.getGuest, async () => fail())(event, context);

describe('the route handler stack', () => {
  it('answers a throttled database with 429 problem+json and Retry-After', async () => {
    const response = await invoke(() => {
      throw new ThrottledError('the database is busy; retry shortly');
    });

    expect(response.statusCode).toBe(429);
    expect(response.headers).toMatchObject({ 'content-type': 'application/problem+json', 'retry-after': '1' });
  });

  it('answers an unexpected fault with a generic 500 that reveals nothing', async () => {
    const response = await invoke(() => {
      throw new Error('ConnectionRefused at 10.0.0.7: secret@example.com');
    });

    expect(response.statusCode).toBe(500);
    expect(response.body).not.toMatch(/10\.0\.0\.7|secret@/);
  });

  it('answers 401 when the authorizer context is missing, whatever the handler would do', async () => {
    const response = await routeHandler(routes.getGuest, async () => ({ statusCode: 200, body: {} }))(
      { ...event, requestContext: { requestId: 'r' } } as unknown as APIGatewayProxyEvent,
      context,
    );

    expect(response.statusCode).toBe(401);
  });
});
