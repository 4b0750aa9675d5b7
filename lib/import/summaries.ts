import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { sameContent } from '../domain/same-content.js';
import { summarizeStays } from '../domain/stay-summary.js';
import { figuresOf } from '../services/stays.js';
import type { Store } from '../store/client.js';
import { unchangedSince } from '../store/conditions.js';
import { isConditionFailure } from '../store/errors.js';
import { stripKeys } from '../store/items.js';
import { keys } from '../store/keys.js';
import { dynamoStayRepository } from '../store/stay-repository.js';

const concurrency = 16;

/** Recomputes the running totals of each guest from all their stays; writes only those that changed. */
export async function rebuildSummaries(store: Store, tenant: string, guestIds: Iterable<string>): Promise<number> {
  const stays = dynamoStayRepository(store);
  const pending = [...guestIds];
  let written = 0;
  const rebuild = async (guestId: string) => {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const key = keys.staySummary(tenant, guestId);
      const [all, { Item }] = await Promise.all([
        stays.listAll(tenant, guestId),
        store.client.send(new GetCommand({ TableName: store.tableName, Key: key, ConsistentRead: true })),
      ]);
      const summary = summarizeStays(all.map(figuresOf));
      const { version, ...stored } = (Item ? stripKeys(Item) : {}) as { version?: number };
      if (Item && sameContent(stored, summary)) return;
      try {
        await store.client.send(
          new PutCommand({
            TableName: store.tableName,
            Item: { ...key, entity: 'staySummary', ...summary, version: (version ?? 0) + 1 },
            ...unchangedSince(version),
          }),
        );
        written += 1;
        return;
      } catch (error) {
        if (!isConditionFailure(error)) throw error; // a stay arrived through the API meanwhile: read again
      }
    }
  };
  const worker = async () => {
    for (let guestId = pending.pop(); guestId !== undefined; guestId = pending.pop()) await rebuild(guestId);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return written;
}
