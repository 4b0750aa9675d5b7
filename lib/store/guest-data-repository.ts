import { BatchWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { readAllPages } from './batch.js';
import type { Store } from './client.js';
import { isConditionFailure, translateStoreError } from './errors.js';
import { referralPrefix } from './score-repository.js';
import { stripKeys } from './items.js';
import { keys } from './keys.js';

/** Everything held about one guest: all of it lives in the guest's partition. */
export interface GuestDataRepository {
  /** Every item of the guest as `{entity, data}`, storage keys left out, in sort-key order. */
  readAll(tenant: string, guestId: string): Promise<{ entity: string; data: Record<string, unknown> }[]>;
  /** Deletes every item of the guest; safe to repeat. Answers how many items were removed. */
  eraseAll(tenant: string, guestId: string): Promise<number>;
}

const batchSize = 25;

export function dynamoGuestDataRepository(store: Store): GuestDataRepository {
  const { client, tableName } = store;
  const readItems = (tenant: string, guestId: string) =>
    readAllPages(store, {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.guestPartition(tenant, guestId) },
      ConsistentRead: true,
    });

  /** The erased guest leaves no trace in whoever referred them either. */
  async function forgetReferral(tenant: string, referrerId: string, guestId: string) {
    await client
      .send(
        new UpdateCommand({
          TableName: tableName,
          Key: keys.referrals(tenant, referrerId),
          UpdateExpression: 'REMOVE #referred',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeNames: { '#referred': `${referralPrefix}${guestId}` },
        }),
      )
      .catch((error) => (isConditionFailure(error) ? undefined : Promise.reject(translateStoreError(error))));
  }

  async function deleteBatch(itemKeys: Record<string, unknown>[]) {
    let pending = itemKeys.map((Key) => ({ DeleteRequest: { Key } }));
    for (let attempt = 0; pending.length > 0; attempt += 1) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** Math.min(attempt, 6)));
      const result = await client
        .send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } }))
        .catch((error) => Promise.reject(translateStoreError(error)));
      pending = (result.UnprocessedItems?.[tableName] ?? []) as typeof pending;
    }
  }

  return {
    async readAll(tenant, guestId) {
      const items = await readItems(tenant, guestId);
      return items.map((item) => ({ entity: String(item.entity), data: stripKeys(item) }));
    },
    async eraseAll(tenant, guestId) {
      const items = await readItems(tenant, guestId);
      const referrer = items.find((item) => item.entity === 'guest')?.referredBy;
      if (typeof referrer === 'string') await forgetReferral(tenant, referrer, guestId);
      for (let start = 0; start < items.length; start += batchSize) {
        await deleteBatch(items.slice(start, start + batchSize).map(({ pk, sk }) => ({ pk, sk })));
      }
      return items.length;
    },
  };
}
