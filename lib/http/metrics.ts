import { Metrics } from '@aws-lambda-powertools/metrics';

const emptyFlush = 'No application metrics to publish';

/**
 * Most requests record no metric, and Powertools warns at every such flush: one WARN line a
 * request in CloudWatch (and in every local console) that says nothing. Its other warnings
 * (a bad dimension, a skipped metric) go to the console as before: the stream function, which
 * logs nothing else, does not load the product's logger for them.
 */
const metricsLogger = {
  debug: console.debug,
  info: console.info,
  warn: (...content: unknown[]) => (String(content[0]).startsWith(emptyFlush) ? undefined : console.warn(...content)),
  error: console.error,
};

/**
 * The product's CloudWatch metrics (embedded metric format): rejected requests by status,
 * recommendation latency, stream scoring lag and records sent to the failure destination.
 * Locally they are off (POWERTOOLS_METRICS_DISABLED), so the console shows requests, not EMF.
 */
export const metrics = new Metrics({
  namespace: 'HotelLoyalty',
  serviceName: 'hotel-loyalty-api',
  logger: metricsLogger,
});
