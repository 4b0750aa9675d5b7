import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { SQSClient } from '@aws-sdk/client-sqs';

/** Where records that can never be processed go, with the reason, instead of blocking the shard. */
export interface FailureSink {
  record(reason: string, payload: unknown): Promise<void>;
}

/** The deployed destination: the same SQS queue the event source mapping sends exhausted batches to. */
export function sqsFailureSink(queueUrl: string, client?: SQSClient): FailureSink {
  let sqs = client;
  return {
    async record(reason, payload) {
      // The SQS SDK is loaded on the first failure, not at module load: most containers never record one.
      const { SendMessageCommand, SQSClient } = await import('./sqs.js');
      sqs ??= new SQSClient({});
      await sqs.send(
        new SendMessageCommand({
          QueueUrl: queueUrl,
          MessageBody: JSON.stringify({ reason, payload }).slice(0, 250_000),
        }),
      );
    },
  };
}

/** The local destination: one JSON line per record. */
export function fileFailureSink(path: string): FailureSink {
  return {
    async record(reason, payload) {
      await mkdir(dirname(path), { recursive: true });
      await appendFile(path, `${JSON.stringify({ at: new Date().toISOString(), reason, payload })}\n`);
    },
  };
}
