import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type Shard,
} from '@aws-sdk/client-dynamodb-streams';
import { matchesPattern } from '../streams/event-pattern.js';
import { StreamCheckpoints } from './stream-checkpoints.js';
import { deliverBatch, type DeliveryOptions } from './stream-delivery.js';
import { toLambdaRecord } from './stream-records.js';

export interface StreamPollerOptions extends DeliveryOptions {
  endpoint: string;
  tableName: string;
  filter: Parameters<typeof matchesPattern>[1];
  batchSize: number;
  checkpointPath?: string;
  pollIntervalMs?: number;
}

export interface StreamPoller {
  stop(): Promise<void>;
}

const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };

/**
 * Plays Lambda's event source mapping against DynamoDB Local: reads every shard of the
 * table's stream (parents before children), from where it left off, filters, and delivers.
 */
export async function startStreamPoller(options: StreamPollerOptions): Promise<StreamPoller> {
  const config = { endpoint: options.endpoint, region: 'us-east-1', credentials };
  const streams = new DynamoDBStreamsClient(config);
  const database = new DynamoDBClient(config);
  const table = await database.send(new DescribeTableCommand({ TableName: options.tableName }));
  database.destroy();
  const streamArn = table.Table?.LatestStreamArn;
  if (!streamArn) throw new Error(`table ${options.tableName} has no stream`);
  const checkpoints = new StreamCheckpoints(options.checkpointPath);
  const iterators = new Map<string, string>();
  let running = true;

  async function iteratorFor(shard: Shard): Promise<string | undefined> {
    const known = iterators.get(shard.ShardId!);
    if (known) return known;
    const { sequenceNumber } = checkpoints.get(streamArn!, shard.ShardId!);
    const { ShardIterator } = await streams.send(
      new GetShardIteratorCommand({
        StreamArn: streamArn,
        ShardId: shard.ShardId,
        ...(sequenceNumber
          ? { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: sequenceNumber }
          : { ShardIteratorType: 'TRIM_HORIZON' }),
      }),
    );
    return ShardIterator;
  }

  async function readShard(shard: Shard): Promise<void> {
    const iterator = await iteratorFor(shard);
    if (!iterator) return checkpoints.set(streamArn!, shard.ShardId!, { done: true });
    const page = await streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 1000 }));
    const records = (page.Records ?? []).map((r) => toLambdaRecord(r, streamArn!));
    const wanted = records.filter((r) => matchesPattern(r, options.filter));
    for (let start = 0; start < wanted.length; start += options.batchSize) {
      await deliverBatch(wanted.slice(start, start + options.batchSize), options);
    }
    const last = records.at(-1)?.dynamodb?.SequenceNumber;
    if (last) checkpoints.set(streamArn!, shard.ShardId!, { sequenceNumber: last });
    if (page.NextShardIterator) iterators.set(shard.ShardId!, page.NextShardIterator);
    else {
      iterators.delete(shard.ShardId!);
      checkpoints.set(streamArn!, shard.ShardId!, { done: true });
    }
  }

  async function pollOnce(): Promise<void> {
    const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }));
    const shards = StreamDescription?.Shards ?? [];
    const known = new Set(shards.map((s) => s.ShardId));
    const isDone = (id: string | undefined) => !id || !known.has(id) || checkpoints.get(streamArn!, id).done === true;
    for (const shard of shards) {
      if (!isDone(shard.ShardId) && isDone(shard.ParentShardId)) await readShard(shard);
    }
  }

  const loop = (async () => {
    while (running) {
      try {
        await pollOnce();
      } catch (error) {
        iterators.clear(); // an expired or trimmed iterator is simply asked for again
        options.log?.(`stream poller: ${error instanceof Error ? error.message : String(error)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, options.pollIntervalMs ?? 200));
    }
  })();

  return {
    stop: async () => {
      running = false;
      await loop;
      streams.destroy();
    },
  };
}
