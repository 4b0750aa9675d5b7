import type { ScoreRow } from '../domain/reports.js';
import type { Store } from './client.js';
import { stripKeys } from './items.js';
import { readScoreShards, scoreShardsOfSegment } from './score-shards.js';

/** Every guest's latest score in a tenant, read shard by shard from the scores index. */
export interface TenantScoresRepository {
  readAll(tenant: string): Promise<(ScoreRow & Record<string, unknown>)[]>;
}

export function dynamoTenantScoresRepository(store: Store): TenantScoresRepository {
  return {
    async readAll(tenant) {
      const items = await readScoreShards(store, tenant, scoreShardsOfSegment(0, 1));
      return items.map((item) => stripKeys(item) as ScoreRow & Record<string, unknown>);
    },
  };
}
