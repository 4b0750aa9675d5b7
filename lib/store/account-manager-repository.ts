import { BatchGetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Guest } from '../schemas/guest.js';
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

/** A manager's guests a page at a time, each with their score, complaints and totals (two calls a page). */
export interface AccountManagerRepository {
  listGuests(
    tenant: string,
    managerId: string,
    page: { limit: number; cursor?: string },
  ): Promise<{ items: ManagedGuestItems[]; cursor: string | null }>;
}

export function dynamoAccountManagerRepository({ client, tableName }: Store): AccountManagerRepository {
  const fail = (error: unknown) => Promise.reject(translateStoreError(error));
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
            Limit: Math.min(limit, 30),
            ExclusiveStartKey: decodeCursor(cursor, { gsi4pk }),
          }),
        )
        .catch(fail);
      const profiles = (page.Items ?? []).map((item) => stripKeys(item) as Guest);
      const wanted = profiles.flatMap((p) => [
        keys.score(tenant, p.guestId),
        keys.complaintsSummary(tenant, p.guestId),
        keys.staySummary(tenant, p.guestId),
      ]);
      const found = new Map<string, Record<string, unknown>>();
      let pending: Record<string, unknown>[] = wanted;
      while (pending.length > 0) {
        const result = await client
          .send(new BatchGetCommand({ RequestItems: { [tableName]: { Keys: pending } } }))
          .catch(fail);
        for (const item of result.Responses?.[tableName] ?? []) found.set(`${item.pk}|${item.sk}`, stripKeys(item));
        pending = (result.UnprocessedKeys?.[tableName]?.Keys ?? []) as Record<string, unknown>[];
      }
      const get = (key: { pk: string; sk: string }) => found.get(`${key.pk}|${key.sk}`);
      return {
        items: profiles.map((profile) => ({
          profile,
          score: get(keys.score(tenant, profile.guestId)),
          complaints: get(keys.complaintsSummary(tenant, profile.guestId)) as ManagedGuestItems['complaints'],
          summary: get(keys.staySummary(tenant, profile.guestId)) as ManagedGuestItems['summary'],
        })),
        cursor: encodeCursor(page.LastEvaluatedKey),
      };
    },
  };
}
