import { Metrics } from '@aws-lambda-powertools/metrics';

/**
 * The product's CloudWatch metrics (embedded metric format): rejected requests by status,
 * recommendation latency, stream scoring lag and records sent to the failure destination.
 * Locally they are off (POWERTOOLS_METRICS_DISABLED), so the console shows requests, not EMF.
 */
export const metrics = new Metrics({ namespace: 'HotelLoyalty', serviceName: 'hotel-loyalty-api' });
