import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';

export type StreamHandler = (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse | void>;

export interface DeliveryOptions {
  handler: StreamHandler;
  /** How often a failing batch is retried before it goes to the failure destination. */
  maxRetries: number;
  /** The local failure destination: one JSON line per batch given up on. */
  failurePath: string;
  log?: (line: string) => void;
}

/**
 * Hands a batch to the handler as Lambda does with ReportBatchItemFailures: after a partial
 * failure it retries from the lowest failed sequence number; past the retry limit the rest
 * of the batch is recorded in the failure destination and the stream moves on.
 */
export async function deliverBatch(records: DynamoDBRecord[], options: DeliveryOptions): Promise<void> {
  let pending = records;
  for (let attempt = 0; pending.length > 0; attempt += 1) {
    let reason: string;
    try {
      const response = await options.handler({ Records: pending });
      const failed = new Set((response?.batchItemFailures ?? []).map((f) => f.itemIdentifier));
      if (failed.size === 0) return;
      const lowest = pending.findIndex((r) => failed.has(r.dynamodb?.SequenceNumber ?? ''));
      // An identifier that names no record of the batch fails the whole batch, as on Lambda.
      pending = pending.slice(Math.max(lowest, 0));
      reason = `${failed.size} record(s) reported as failed`;
    } catch (error) {
      reason = `handler threw: ${error instanceof Error ? error.message : String(error)}`;
    }
    if (attempt >= options.maxRetries) {
      mkdirSync(dirname(options.failurePath), { recursive: true });
      appendFileSync(
        options.failurePath,
        `${JSON.stringify({ at: new Date().toISOString(), reason, records: pending })}\n`,
      );
      options.log?.(`stream: gave up on ${pending.length} record(s) after ${attempt + 1} attempts (${reason})`);
      return;
    }
  }
}
