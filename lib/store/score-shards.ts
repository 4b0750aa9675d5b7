import { readAllPages } from './batch.js';
import type { Store } from './client.js';
import { scoreShardPartition, scoreShards } from './keys.js';

const shardsInFlight = 8;

/** The shards segment `segment` of `totalSegments` covers: every shard whose number leaves that remainder. */
export function scoreShardsOfSegment(segment: number, totalSegments: number): number[] {
  return Array.from({ length: scoreShards }, (_, shard) => shard).filter((shard) => shard % totalSegments === segment);
}

/**
 * Every score item of these shards of a tenant, by guestId: one paginated Query a shard, eight
 * at a time. Reads this tenant's scores only, however many tenants share the table.
 */
export async function readScoreShards(store: Store, tenant: string, shards: number[]) {
  const pages: Record<string, unknown>[][] = [];
  let next = 0;
  const reader = async () => {
    for (let i = next++; i < shards.length; i = next++) {
      pages[i] = await readAllPages(store, {
        TableName: store.tableName,
        IndexName: 'gsi2',
        KeyConditionExpression: 'gsi2pk = :pk',
        ExpressionAttributeValues: { ':pk': scoreShardPartition(tenant, shards[i]!) },
      });
    }
  };
  await Promise.all(Array.from({ length: shardsInFlight }, reader));
  return pages.flat().sort((a, b) => (String(a.guestId) < String(b.guestId) ? -1 : 1));
}
