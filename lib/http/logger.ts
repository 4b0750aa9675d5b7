import { Logger } from '@aws-lambda-powertools/logger';

/** The one structured logger of the Lambda functions (JSON lines, request ids attached). */
export const logger = new Logger({ serviceName: 'hotel-loyalty-api' });
