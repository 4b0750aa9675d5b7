/** API Gateway refuses request bodies above 10 MB. */
export const gatewayPayloadLimitBytes = 10 * 1024 * 1024;
/** Lambda refuses invocation payloads above 6 MB (the event, not only the body). */
export const lambdaPayloadLimitBytes = 6 * 1024 * 1024;
/** No operation of this API needs more; larger bodies are refused before parsing. */
export const requestBodyLimitBytes = 1024 * 1024;
