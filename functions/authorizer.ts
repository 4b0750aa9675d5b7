import type { APIGatewayAuthorizerResult, APIGatewayRequestAuthorizerEvent } from 'aws-lambda';
import { authenticationFromEnvironment } from '../lib/auth/runtime.js';
import { authenticate } from '../lib/auth/authenticate.js';
import { toAuthorizerContext } from '../lib/auth/principal.js';

const deps = authenticationFromEnvironment();

/**
 * The API's Lambda authorizer (REQUEST type, no caching). A caller it cannot identify gets
 * API Gateway's 401; a known caller is allowed this one method and carries its principal on.
 * Which roles may use which route is decided by the route handler, from the route table.
 */
export async function handler(event: APIGatewayRequestAuthorizerEvent): Promise<APIGatewayAuthorizerResult> {
  const principal = await authenticate(event.headers ?? {}, deps);
  if (!principal) throw new Error('Unauthorized');
  return {
    principalId: principal.subject,
    policyDocument: {
      Version: '2012-10-17',
      Statement: [{ Action: 'execute-api:Invoke', Effect: 'Allow', Resource: event.methodArn }],
    },
    context: toAuthorizerContext(principal),
  };
}
