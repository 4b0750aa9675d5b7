import { Metrics } from '@aws-lambda-powertools/metrics';
import { logger } from './logger.js';

const emptyFlush = 'No application metrics to publish';

/**
 * Most requests record no metric, and Powertools warns at every such flush: one WARN line a
 * request in CloudWatch (and in every local console) that says nothing. Its other warnings
 * (a bad dimension, a skipped metric; always a single message) go to the product's logger.
 */
const metricsLogger = {
  debug: (message: unknown) => logger.debug(String(message)),
  info: (message: unknown) => logger.info(String(message)),
  warn: (message: unknown) => (String(message).startsWith(emptyFlush) ? undefined : logger.warn(String(message))),
  error: (message: unknown) => logger.error(String(message)),
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
