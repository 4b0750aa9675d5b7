import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { ScoreRow } from '../domain/reports.js';
import type { Store } from './client.js';
import { translateStoreError } from './errors.js';
import { stripKeys } from './items.js';
import { scoreIndexKeys } from './keys.js';

/** Every guest's latest score in a tenant, read a page at a time from the scores index. */
export interface TenantScoresRepository {
  readAll(tenant: string): Promise<(ScoreRow & Record<string, unknown>)[]>;
}

export function dynamoTenantScoresRepository({ client, tableName }: Store): TenantScoresRepository {
  return {
    async readAll(tenant) {
      const { gsi2pk } = scoreIndexKeys(tenant, '');
      const rows: (ScoreRow & Record<string, unknown>)[] = [];
      let startKey: Record<string, unknown> | undefined;
      do {
        const page = await client
          .send(
            new QueryCommand({
              TableName: tableName,
              IndexName: 'gsi2',
              KeyConditionExpression: 'gsi2pk = :pk',
              ExpressionAttributeValues: { ':pk': gsi2pk },
              ExclusiveStartKey: startKey,
            }),
          )
          .catch((error) => Promise.reject(translateStoreError(error)));
        rows.push(...(page.Items ?? []).map((item) => stripKeys(item) as ScoreRow & Record<string, unknown>));
        startKey = page.LastEvaluatedKey;
      } while (startKey);
      return rows;
    },
  };
}
