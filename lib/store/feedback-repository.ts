import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { ConflictError, NotFoundError } from '../domain/errors.js';
import type { FeedbackAggregate } from '../domain/scoring/quadrant.js';
import type { Feedback, ServqualDimension } from '../schemas/feedback.js';
import type { Stay } from '../schemas/stay.js';
import { readGuestItems } from './batch.js';
import type { Store } from './client.js';
import { guestExists, unchangedSince } from './conditions.js';
import { failedConditions, isConditionFailure, translateStoreError } from './errors.js';
import { stripKeys } from './items.js';
import { keys } from './keys.js';

export type StoredAggregate = FeedbackAggregate & { version: number };

export interface FeedbackRepository {
  readForWrite(
    tenant: string,
    guestId: string,
    stayId: string | undefined,
  ): Promise<{ aggregate?: StoredAggregate; stay?: Stay }>;
  /** Stores the answer, the guest's new sums and the property's SERVQUAL gaps in one transaction. */
  save(
    tenant: string,
    feedback: Feedback,
    aggregate: FeedbackAggregate,
    previousVersion: number | undefined,
    property?: { propertyId: string; gaps: Partial<Record<ServqualDimension, number>> },
  ): Promise<void>;
}

/** Raised when another answer was stored in between; the caller reads again. */
export class FeedbackRaceError extends ConflictError {}

function propertyUpdate(
  tableName: string,
  tenant: string,
  property: { propertyId: string; gaps: Partial<Record<string, number>> },
) {
  const names: Record<string, string> = { '#answers': 'answers' };
  const values: Record<string, unknown> = {
    ':one': 1,
    ':entity': 'propertyServqual',
    ':property': property.propertyId,
  };
  const adds = ['#answers :one'];
  for (const [i, [dimension, gap]] of Object.entries(property.gaps).entries()) {
    names[`#g${i}`] = `${dimension}Gap`;
    names[`#n${i}`] = `${dimension}Answers`;
    values[`:g${i}`] = gap;
    adds.push(`#g${i} :g${i}`, `#n${i} :one`);
  }
  return {
    Update: {
      TableName: tableName,
      Key: keys.propertyServqual(tenant, property.propertyId),
      UpdateExpression: `SET entity = :entity, propertyId = :property ADD ${adds.join(', ')}`,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    },
  };
}

export function dynamoFeedbackRepository(store: Store): FeedbackRepository {
  const { client, tableName } = store;
  return {
    async readForWrite(tenant, guestId, stayId) {
      const wanted = [keys.feedbackSummary(tenant, guestId), ...(stayId ? [keys.stay(tenant, guestId, stayId)] : [])];
      const found = await readGuestItems(store, wanted);
      return {
        aggregate: found.get(wanted[0]!.sk) as StoredAggregate | undefined,
        stay: stayId ? (found.get(wanted[1]!.sk) as Stay | undefined) : undefined,
      };
    },

    async save(tenant, feedback, aggregate, previousVersion, property) {
      try {
        await client.send(
          new TransactWriteCommand({
            TransactItems: [
              guestExists(tableName, tenant, feedback.guestId),
              {
                Put: {
                  TableName: tableName,
                  Item: {
                    ...keys.feedback(tenant, feedback.guestId, feedback.feedbackId),
                    entity: 'feedback',
                    ...feedback,
                  },
                },
              },
              {
                Put: {
                  TableName: tableName,
                  Item: {
                    ...keys.feedbackSummary(tenant, feedback.guestId),
                    entity: 'feedbackSummary',
                    ...aggregate,
                    version: (previousVersion ?? 0) + 1,
                  },
                  ...unchangedSince(previousVersion),
                },
              },
              ...(property && Object.keys(property.gaps).length > 0
                ? [propertyUpdate(tableName, tenant, property)]
                : []),
            ],
          }),
        );
      } catch (error) {
        if (failedConditions(error).includes(0)) throw new NotFoundError(`no guest ${feedback.guestId}`);
        if (isConditionFailure(error)) throw new FeedbackRaceError('feedback arrived meanwhile');
        throw translateStoreError(error);
      }
    },
  };
}
