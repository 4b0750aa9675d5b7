import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { metrics } from '../http/metrics.js';
import { rescoreGuest, type ScoringDeps } from '../services/scoring.js';
import type { FailureSink } from './failure-sink.js';
import { guestOfRecord } from './guest-of-record.js';

const processor = new BatchProcessor(EventType.DynamoDBStreams);

/**
 * Rescores the guest behind each record, with partial batch failures: a record that fails
 * (a throttled read, a timeout) is reported for retry without failing its neighbours; records
 * of one guest in a batch share one rescore; a record that names no guest goes to the
 * failure destination and never blocks the shard.
 */
export async function scoreBatch(
  event: DynamoDBStreamEvent,
  context: Context,
  deps: ScoringDeps,
  failures: FailureSink,
) {
  const rescores = new Map<string, Promise<unknown>>();
  const handleRecord = async (record: DynamoDBRecord) => {
    const guest = guestOfRecord(record);
    const createdAt = record.dynamodb?.ApproximateCreationDateTime;
    if (createdAt) metrics.addMetric('ScoringLag', MetricUnit.Seconds, Math.max(0, Date.now() / 1000 - createdAt));
    if (!guest) {
      metrics.addMetric('StreamRecordsToFailureDestination', MetricUnit.Count, 1);
      return failures.record('the record names no guest partition', record);
    }
    const key = `${guest.tenant}#${guest.guestId}`;
    if (!rescores.has(key)) rescores.set(key, rescoreGuest(deps, guest.tenant, guest.guestId));
    await rescores.get(key);
  };
  const response = await processPartialResponse(event, handleRecord, processor, { context });
  metrics.publishStoredMetrics();
  return response;
}
