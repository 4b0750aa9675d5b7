/**
 * What API Gateway answers by itself, before any function runs. CDK configures these as
 * gateway responses and the local gateway answers the same, so callers always get problem+json.
 */
export const gatewayResponses = {
  UNAUTHORIZED: { status: 401, title: 'Unauthorized', detail: 'a valid x-api-key or bearer token is required' },
  ACCESS_DENIED: { status: 403, title: 'Forbidden', detail: 'this credential may not call this operation' },
  MISSING_AUTHENTICATION_TOKEN: { status: 404, title: 'Not Found', detail: 'no such route; see /v1/openapi.json' },
  REQUEST_TOO_LARGE: { status: 413, title: 'Content Too Large', detail: 'the request body is too large' },
  THROTTLED: { status: 429, title: 'Too Many Requests', detail: 'slow down and retry shortly' },
  DEFAULT_5XX: { status: 502, title: 'Bad Gateway', detail: 'the service could not answer; retry shortly' },
} as const;

export type GatewayResponseType = keyof typeof gatewayResponses;

/** The problem document of a gateway response. */
export function gatewayProblem(type: GatewayResponseType) {
  const { status, title, detail } = gatewayResponses[type];
  return { type: `https://httpstatuses.io/${status}`, title, status, detail };
}
