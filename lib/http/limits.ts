/** API Gateway refuses request bodies above 10 MB. */
export const gatewayPayloadLimitBytes = 10 * 1024 * 1024;
/** Lambda refuses invocation payloads above 6 MB (the event, not only the body). */
export const lambdaPayloadLimitBytes = 6 * 1024 * 1024;
/** No operation of this API needs more; larger bodies are refused before parsing. */
export const requestBodyLimitBytes = 1024 * 1024;
/** No body of this API nests deeper; deeper JSON is refused before validation. */
export const maxJsonDepth = 32;
/** Keys that could reach an object's prototype in code that copies by key. */
export const forbiddenJsonKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
