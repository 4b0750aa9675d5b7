import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { APIGatewayProxyEvent, APIGatewayRequestAuthorizerEvent, Context } from 'aws-lambda';

export interface IncomingRequest {
  method: string;
  path: string;
  resource: string;
  pathParameters: Record<string, string> | null;
  headers: Record<string, string>;
  multiValueHeaders: Record<string, string[]>;
  query: URLSearchParams;
  body: Buffer;
  sourceIp: string;
}

/** Headers as API Gateway passes them: original names, last value wins, all values kept aside. */
export function readHeaders(request: IncomingMessage) {
  // Null-prototype records: a header or parameter named `valueOf` or `__proto__` is just a name.
  const headers: Record<string, string> = Object.create(null);
  const multiValueHeaders: Record<string, string[]> = Object.create(null);
  for (let i = 0; i < request.rawHeaders.length; i += 2) {
    const name = request.rawHeaders[i]!;
    const value = request.rawHeaders[i + 1]!;
    headers[name] = value;
    (multiValueHeaders[name] ??= []).push(value);
  }
  return { headers, multiValueHeaders };
}

function queryParameters(query: URLSearchParams) {
  if ([...query.keys()].length === 0) return { single: null, multi: null };
  const single: Record<string, string> = Object.create(null);
  const multi: Record<string, string[]> = Object.create(null);
  for (const [name, value] of query) {
    single[name] = value;
    (multi[name] ??= []).push(value);
  }
  return { single, multi };
}

const accountId = '000000000000';
const stage = 'local';

export const methodArn = (request: IncomingRequest) =>
  `arn:aws:execute-api:us-east-1:${accountId}:local/${stage}/${request.method}${request.resource}`;

function requestContext(request: IncomingRequest, authorizer: Record<string, unknown> | null) {
  return {
    accountId,
    apiId: 'local',
    stage,
    requestId: randomUUID(),
    httpMethod: request.method,
    path: `/${stage}${request.path}`,
    resourcePath: request.resource,
    resourceId: request.resource,
    protocol: 'HTTP/1.1',
    requestTimeEpoch: Date.now(),
    authorizer,
    identity: { sourceIp: request.sourceIp, userAgent: request.headers['user-agent'] ?? null },
  } as unknown as APIGatewayProxyEvent['requestContext'];
}

/** The REQUEST authorizer event API Gateway sends for this request. */
export function authorizerEvent(request: IncomingRequest): APIGatewayRequestAuthorizerEvent {
  const query = queryParameters(request.query);
  return {
    type: 'REQUEST',
    methodArn: methodArn(request),
    resource: request.resource,
    path: request.path,
    httpMethod: request.method,
    headers: request.headers,
    multiValueHeaders: request.multiValueHeaders,
    pathParameters: request.pathParameters,
    queryStringParameters: query.single,
    multiValueQueryStringParameters: query.multi,
    stageVariables: null,
    requestContext: requestContext(request, null),
  } as APIGatewayRequestAuthorizerEvent;
}

/** The Lambda proxy event API Gateway (REST, payload 1.0) sends for this request. */
export function proxyEvent(request: IncomingRequest, authorizer: Record<string, unknown> | null): APIGatewayProxyEvent {
  const query = queryParameters(request.query);
  const isText =
    request.body.length === 0 ||
    /json|text/i.test(request.headers['content-type'] ?? request.headers['Content-Type'] ?? '');
  return {
    resource: request.resource,
    path: request.path,
    httpMethod: request.method,
    headers: request.headers,
    multiValueHeaders: request.multiValueHeaders,
    queryStringParameters: query.single,
    multiValueQueryStringParameters: query.multi,
    pathParameters: request.pathParameters,
    stageVariables: null,
    requestContext: requestContext(request, authorizer),
    body: request.body.length === 0 ? null : isText ? request.body.toString('utf8') : request.body.toString('base64'),
    isBase64Encoded: request.body.length > 0 && !isText,
  };
}

/** A Lambda context good enough for middy and the logger. */
export function lambdaContext(functionName: string): Context {
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:us-east-1:${accountId}:function:${functionName}`,
    memoryLimitInMB: '512',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => 29_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
