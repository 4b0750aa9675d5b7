import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { DynamoDBRecord, DynamoDBStreamEvent, Context } from 'aws-lambda';
import { logger } from '../lib/http/logger.js';
import { failureSinkFromEnvironment, scoringDeps } from '../lib/services/scoring-runtime.js';
import { rescoreGuest } from '../lib/services/scoring.js';
import { guestOfRecord } from '../lib/streams/guest-of-record.js';

const processor = new BatchProcessor(EventType.DynamoDBStreams);
const deps = scoringDeps();
const failures = failureSinkFromEnvironment();

/**
 * Rescores the guest behind each record. Records of one guest in a batch share one rescore;
 * a record that names no guest goes to the failure destination and never blocks the shard.
 */
export async function handler(event: DynamoDBStreamEvent, context: Context) {
  const rescores = new Map<string, Promise<unknown>>();
  const handleRecord = async (record: DynamoDBRecord) => {
    const guest = guestOfRecord(record);
    if (!guest) return failures.record('the record names no guest partition', record);
    const key = `${guest.tenant}#${guest.guestId}`;
    if (!rescores.has(key)) rescores.set(key, rescoreGuest(deps, guest.tenant, guest.guestId));
    const outcome = await rescores.get(key);
    logger.debug('rescored', { ...guest, outcome });
  };
  return processPartialResponse(event, handleRecord, processor, { context });
}
