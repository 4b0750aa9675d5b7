import { QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { complaintState, emptyComplaintsSummary } from '../domain/complaints.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../domain/errors.js';
import type { ComplaintsSummary } from '../domain/recommendations/types.js';
import type { Complaint } from '../schemas/complaint.js';
import { readGuestItems } from './batch.js';
import type { Store } from './client.js';
import { guestExists, unchangedSince } from './conditions.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { failedConditions, isConditionFailure, translateStoreError } from './errors.js';
import { stripKeys } from './items.js';
import { complaintIndexKeys, keys } from './keys.js';

export interface StoredComplaintsSummary extends ComplaintsSummary {
  version: number;
}

export interface ComplaintRepository {
  read(
    tenant: string,
    guestId: string,
    complaintId: string,
  ): Promise<{ complaint?: Complaint; summary: StoredComplaintsSummary }>;
  /** Writes the complaint and the guest's complaints summary together, if neither changed since read. */
  save(
    tenant: string,
    complaint: Complaint,
    previousVersion: number | undefined,
    summary: StoredComplaintsSummary,
    next: ComplaintsSummary,
  ): Promise<void>;
  list(
    tenant: string,
    state: string,
    page: { limit: number; cursor?: string; dueBefore?: string },
  ): Promise<{ items: Complaint[]; cursor: string | null }>;
}

/** Raised when another writer got in between; the caller reads again. */
export class ComplaintRaceError extends ConflictError {}

function indexKeysOf(tenant: string, complaint: Complaint) {
  const state = complaintState(complaint.status);
  const sortDate =
    state === 'open'
      ? complaint.dueBy
      : state === 'awaiting_follow_up'
        ? complaint.followUpDueBy!
        : complaint.updatedAt;
  return complaintIndexKeys(tenant, state, sortDate, complaint.complaintId);
}

export function dynamoComplaintRepository(store: Store): ComplaintRepository {
  const { client, tableName } = store;
  const fail = (error: unknown) => Promise.reject(translateStoreError(error));
  return {
    async read(tenant, guestId, complaintId) {
      const wanted = [keys.complaint(tenant, guestId, complaintId), keys.complaintsSummary(tenant, guestId)];
      const found = await readGuestItems(store, wanted);
      const summary = found.get(wanted[1]!.sk) as StoredComplaintsSummary | undefined;
      return {
        complaint: found.get(wanted[0]!.sk) as Complaint | undefined,
        summary: summary ?? { ...emptyComplaintsSummary, version: 0 },
      };
    },

    async save(tenant, complaint, previousVersion, summary, next) {
      const item = {
        ...keys.complaint(tenant, complaint.guestId, complaint.complaintId),
        ...indexKeysOf(tenant, complaint),
        entity: 'complaint',
        ...complaint,
      };
      const stayCheck =
        complaint.stayId && previousVersion === undefined
          ? [
              {
                ConditionCheck: {
                  TableName: tableName,
                  Key: keys.stay(tenant, complaint.guestId, complaint.stayId),
                  ConditionExpression: 'attribute_exists(pk)',
                },
              },
            ]
          : [];
      try {
        await client.send(
          new TransactWriteCommand({
            TransactItems: [
              guestExists(tableName, tenant, complaint.guestId),
              ...stayCheck,
              { Put: { TableName: tableName, Item: item, ...unchangedSince(previousVersion) } },
              {
                Put: {
                  TableName: tableName,
                  Item: {
                    ...keys.complaintsSummary(tenant, complaint.guestId),
                    entity: 'complaintsSummary',
                    ...next,
                    version: summary.version + 1,
                  },
                  ...unchangedSince(summary.version),
                },
              },
            ],
          }),
        );
      } catch (error) {
        const failed = failedConditions(error);
        if (failed.includes(0)) throw new NotFoundError(`no guest ${complaint.guestId}`);
        if (stayCheck.length > 0 && failed.includes(1)) {
          throw new InvalidInputError("the stay is not one of this guest's stays", [
            { path: 'body.stayId', message: `no stay ${complaint.stayId} for guest ${complaint.guestId}` },
          ]);
        }
        if (isConditionFailure(error)) throw new ComplaintRaceError('the complaint changed meanwhile');
        throw translateStoreError(error);
      }
    },

    async list(tenant, state, { limit, cursor, dueBefore }) {
      const gsi1pk = `T#${tenant}#COMPLAINTS#${state}`;
      const page = await client
        .send(
          new QueryCommand({
            TableName: tableName,
            IndexName: 'gsi1',
            KeyConditionExpression: dueBefore ? 'gsi1pk = :pk AND gsi1sk < :before' : 'gsi1pk = :pk',
            ExpressionAttributeValues: { ':pk': gsi1pk, ...(dueBefore && { ':before': dueBefore }) },
            Limit: limit,
            ScanIndexForward: state !== 'closed',
            ExclusiveStartKey: decodeCursor(cursor, { gsi1pk }),
          }),
        )
        .catch(fail);
      return {
        items: (page.Items ?? []).map((item) => stripKeys(item) as Complaint),
        cursor: encodeCursor(page.LastEvaluatedKey),
      };
    },
  };
}
