import type { ScoreRow } from '../domain/reports.js';
import { readAllPages } from './batch.js';
import type { Store } from './client.js';
import { stripKeys } from './items.js';
import { scoreIndexKeys } from './keys.js';

/** Every guest's latest score in a tenant, read a page at a time from the scores index. */
export interface TenantScoresRepository {
  readAll(tenant: string): Promise<(ScoreRow & Record<string, unknown>)[]>;
}

export function dynamoTenantScoresRepository(store: Store): TenantScoresRepository {
  return {
    async readAll(tenant) {
      const { gsi2pk } = scoreIndexKeys(tenant, '');
      const items = await readAllPages(store, {
        TableName: store.tableName,
        IndexName: 'gsi2',
        KeyConditionExpression: 'gsi2pk = :pk',
        ExpressionAttributeValues: { ':pk': gsi2pk },
      });
      return items.map((item) => stripKeys(item) as ScoreRow & Record<string, unknown>);
    },
  };
}
