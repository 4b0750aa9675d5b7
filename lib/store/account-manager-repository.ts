import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Guest } from '../schemas/guest.js';
import { batchGet, itemKey } from './batch.js';
import type { Store } from './client.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { translateStoreError } from './errors.js';
import { stripKeys } from './items.js';
import { guestIndexKeys, keys } from './keys.js';

export interface ManagedGuestItems {
  profile: Guest;
  score?: Record<string, unknown>;
  complaints?: { open?: unknown[]; awaitingFollowUp?: unknown[] };
  summary?: { upcoming?: string[] };
}

/** What staff lists show of each guest: their score, complaints and totals beside the profile. */
export interface AccountManagerRepository {
  /** A manager's guests a page at a time (two calls a page). */
  listGuests(
    tenant: string,
    managerId: string,
    page: { limit: number; cursor?: string },
  ): Promise<{ items: ManagedGuestItems[]; cursor: string | null }>;
  /** The same for guests named by id, in that order; a guest erased meanwhile is left out. */
  readGuests(tenant: string, guestIds: readonly string[]): Promise<ManagedGuestItems[]>;
}

// 100 keys a BatchGet, three items a guest.
const guestsPerBatch = 33;

export function dynamoAccountManagerRepository(store: Store): AccountManagerRepository {
  const { client, tableName } = store;

  async function detailsOf(tenant: string, profiles: Guest[]): Promise<ManagedGuestItems[]> {
    const found = new Map<string, Record<string, unknown>>();
    for (let start = 0; start < profiles.length; start += guestsPerBatch) {
      const wanted = profiles
        .slice(start, start + guestsPerBatch)
        .flatMap((p) => [
          keys.score(tenant, p.guestId),
          keys.complaintsSummary(tenant, p.guestId),
          keys.staySummary(tenant, p.guestId),
        ]);
      for (const [key, item] of await batchGet(store, wanted)) found.set(key, stripKeys(item));
    }
    const get = (key: { pk: string; sk: string }) => found.get(itemKey(key));
    return profiles.map((profile) => ({
      profile,
      score: get(keys.score(tenant, profile.guestId)),
      complaints: get(keys.complaintsSummary(tenant, profile.guestId)) as ManagedGuestItems['complaints'],
      summary: get(keys.staySummary(tenant, profile.guestId)) as ManagedGuestItems['summary'],
    }));
  }

  return {
    async listGuests(tenant, managerId, { limit, cursor }) {
      const { gsi4pk } = guestIndexKeys.accountManager(tenant, managerId);
      const page = await client
        .send(
          new QueryCommand({
            TableName: tableName,
            IndexName: 'gsi4',
            KeyConditionExpression: 'gsi4pk = :pk',
            ExpressionAttributeValues: { ':pk': gsi4pk },
            Limit: Math.min(limit, guestsPerBatch),
            ExclusiveStartKey: decodeCursor(cursor, { gsi4pk }),
          }),
        )
        .catch((error) => Promise.reject(translateStoreError(error)));
      const profiles = (page.Items ?? []).map((item) => stripKeys(item) as Guest);
      return { items: await detailsOf(tenant, profiles), cursor: encodeCursor(page.LastEvaluatedKey) };
    },

    async readGuests(tenant, guestIds) {
      const profiles: Guest[] = [];
      for (let start = 0; start < guestIds.length; start += 100) {
        const wanted = guestIds.slice(start, start + 100).map((id) => keys.profile(tenant, id));
        const found = await batchGet(store, wanted);
        for (const key of wanted) {
          const item = found.get(itemKey(key));
          if (item) profiles.push(stripKeys(item) as Guest);
        }
      }
      return detailsOf(tenant, profiles);
    },
  };
}
