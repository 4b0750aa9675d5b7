import { QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { ConflictError } from '../domain/errors.js';
import { emptyStaySummary, type StaySummary } from '../domain/stay-summary.js';
import type { PageQuery } from '../schemas/page-query.js';
import type { Stay } from '../schemas/stay.js';
import { readAllPages, readGuestItems } from './batch.js';
import type { Store } from './client.js';
import { guestExists, unchangedSince } from './conditions.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { isConditionFailure, translateStoreError } from './errors.js';
import { stripKeys } from './items.js';
import { keys, stayPrefix, summaryThroughStays } from './keys.js';

export interface StoredSummary extends StaySummary {
  version: number;
}

/** The stored item of a guest's running totals, at `version`. */
export const summaryItem = (tenant: string, guestId: string, summary: StaySummary, version: number) => ({
  ...keys.staySummary(tenant, guestId),
  entity: 'staySummary',
  ...summary,
  version,
});

/** What a stay write needs to read first: the guest must exist; the old stay and totals are moved. */
export interface StayWriteContext {
  guestExists: boolean;
  stay: Stay | undefined;
  summary: StoredSummary;
}

export interface StayRepository {
  readForWrite(tenant: string, guestId: string, stayId: string): Promise<StayWriteContext>;
  /** Writes the stay and the guest's new totals in one transaction, if neither changed since read. */
  commit(tenant: string, stay: Stay, previous: StayWriteContext, summary: StaySummary): Promise<void>;
  listAll(tenant: string, guestId: string): Promise<Stay[]>;
  /** The guest's stored totals (with their version) and every stay, read together in one Query. */
  readTotalsAndStays(tenant: string, guestId: string): Promise<{ summary: StoredSummary | undefined; stays: Stay[] }>;
  list(tenant: string, guestId: string, page: PageQuery): Promise<{ items: Stay[]; cursor: string | null }>;
}

/** Raised when another writer got in between read and commit; the caller reads again. */
export class StayWriteRaceError extends ConflictError {}

export function dynamoStayRepository(store: Store): StayRepository {
  const { client, tableName } = store;
  const fail = (error: unknown) => Promise.reject(translateStoreError(error));

  async function queryStays(tenant: string, guestId: string, limit: number, cursor?: string) {
    const pk = keys.guestPartition(tenant, guestId);
    const page = await client
      .send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': pk, ':prefix': stayPrefix },
          Limit: limit,
          ConsistentRead: true,
          ExclusiveStartKey: decodeCursor(cursor, { pk }, { sk: stayPrefix }),
        }),
      )
      .catch(fail);
    return { items: (page.Items ?? []).map((item) => stripKeys(item) as Stay), lastKey: page.LastEvaluatedKey };
  }

  return {
    async readForWrite(tenant, guestId, stayId) {
      const wanted = [
        keys.profile(tenant, guestId),
        keys.staySummary(tenant, guestId),
        keys.stay(tenant, guestId, stayId),
      ];
      const found = await readGuestItems(store, wanted);
      const summaryItem = found.get(wanted[1]!.sk);
      const stayItem = found.get(wanted[2]!.sk);
      return {
        guestExists: found.has(wanted[0]!.sk),
        stay: stayItem as Stay | undefined,
        // Totals written before a field existed read that field as empty.
        summary: {
          ...emptyStaySummary,
          version: 0,
          ...(summaryItem as Partial<StoredSummary> | undefined),
        },
      };
    },

    async commit(tenant, stay, previous, summary) {
      const stayKey = keys.stay(tenant, stay.guestId, stay.stayId);
      try {
        await client.send(
          new TransactWriteCommand({
            TransactItems: [
              guestExists(tableName, tenant, stay.guestId),
              {
                Put: {
                  TableName: tableName,
                  Item: { ...stayKey, entity: 'stay', ...stay },
                  ...unchangedSince(previous.stay?.version),
                },
              },
              {
                Put: {
                  TableName: tableName,
                  Item: summaryItem(tenant, stay.guestId, summary, previous.summary.version + 1),
                  ...unchangedSince(previous.summary.version),
                },
              },
            ],
          }),
        );
      } catch (error) {
        if (isConditionFailure(error)) throw new StayWriteRaceError('the guest or stay changed meanwhile');
        throw translateStoreError(error);
      }
    },

    async listAll(tenant, guestId) {
      const stays: Stay[] = [];
      let cursor: string | undefined;
      do {
        const page = await queryStays(tenant, guestId, 1000, cursor);
        stays.push(...page.items);
        cursor = encodeCursor(page.lastKey) ?? undefined;
      } while (cursor);
      return stays;
    },

    async readTotalsAndStays(tenant, guestId) {
      const items = await readAllPages(store, {
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
        ExpressionAttributeValues: {
          ':pk': keys.guestPartition(tenant, guestId),
          ':from': summaryThroughStays.from,
          ':to': summaryThroughStays.to,
        },
        ConsistentRead: true,
      });
      const summaryItem = items.find((item) => item.sk === keys.staySummary(tenant, guestId).sk);
      const stays = items.filter((item) => String(item.sk).startsWith(stayPrefix)).map((item) => stripKeys(item));
      return {
        summary: summaryItem && (stripKeys(summaryItem) as unknown as StoredSummary),
        stays: stays as unknown as Stay[],
      };
    },

    async list(tenant, guestId, { limit, cursor }) {
      const page = await queryStays(tenant, guestId, limit, cursor);
      return { items: page.items, cursor: encodeCursor(page.lastKey) };
    },
  };
}
