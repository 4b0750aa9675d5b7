// Imported first by the benchmark: the handler modules read these when they load.
// The machine runs Node.js 20 on purpose (Lambda runs 22); the SDK's reminder would only be noise.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
// Metrics are CloudWatch's business; EMF lines on stdout would bury the table.
process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
