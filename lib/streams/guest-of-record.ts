import type { DynamoDBRecord } from 'aws-lambda';
import { parseGuestPartition } from '../store/keys.js';

/** The guest a stream record is about, or undefined when the record names no guest. */
export function guestOfRecord(record: DynamoDBRecord): { tenant: string; guestId: string } | undefined {
  const pk = record.dynamodb?.Keys?.pk?.S;
  return typeof pk === 'string' ? parseGuestPartition(pk) : undefined;
}
