import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { PreconditionFailedError } from '../domain/errors.js';
import type { ScoreRecord } from '../domain/scoring/score-record.js';
import type { Store } from './client.js';
import { isConditionFailure, translateStoreError } from './errors.js';
import { keys, scoreIndexKeys } from './keys.js';

/** Ledger attributes are named `ref:<guestId>`. */
export const referralPrefix = 'ref:';

export interface StoredScore extends ScoreRecord {
  computedAt: string;
  revision: number;
}

export interface ScoreRepository {
  /** Writes a score if the stored one is still at `previousRevision` (undefined: none yet). */
  saveScore(
    tenant: string,
    guestId: string,
    score: ScoreRecord,
    previousRevision: number | undefined,
    now: Date,
  ): Promise<StoredScore>;
  /** Records a referred guest's direct profit on the referrer, if the referrer exists. */
  recordReferral(tenant: string, referrerId: string, referredId: string, directProfit: number): Promise<void>;
}

/** The stored item of a guest's score: in the guest's partition and in the tenant's scores index. */
export const scoreItem = (tenant: string, guestId: string, stored: StoredScore) => ({
  ...keys.score(tenant, guestId),
  ...scoreIndexKeys(tenant, guestId),
  entity: 'score',
  guestId,
  ...stored,
});

export function dynamoScoreRepository({ client, tableName }: Store): ScoreRepository {
  return {
    async saveScore(tenant, guestId, score, previousRevision, now) {
      const stored: StoredScore = { ...score, computedAt: now.toISOString(), revision: (previousRevision ?? 0) + 1 };
      try {
        await client.send(
          new PutCommand({
            TableName: tableName,
            Item: scoreItem(tenant, guestId, stored),
            ...(previousRevision === undefined
              ? { ConditionExpression: 'attribute_not_exists(pk)' }
              : {
                  ConditionExpression: 'revision = :previous',
                  ExpressionAttributeValues: { ':previous': previousRevision },
                }),
          }),
        );
        return stored;
      } catch (error) {
        if (isConditionFailure(error)) throw new PreconditionFailedError('the score changed meanwhile');
        throw translateStoreError(error);
      }
    },

    async recordReferral(tenant, referrerId, referredId, directProfit) {
      try {
        // One attribute per referred guest: set in one call, and only when the figure changed.
        await client.send(
          new UpdateCommand({
            TableName: tableName,
            Key: keys.referrals(tenant, referrerId),
            UpdateExpression: 'SET entity = :entity, #referred = :profit',
            ConditionExpression: 'attribute_not_exists(#referred) OR #referred <> :profit',
            ExpressionAttributeNames: { '#referred': `${referralPrefix}${referredId}` },
            ExpressionAttributeValues: { ':entity': 'referrals', ':profit': directProfit },
          }),
        );
      } catch (error) {
        if (!isConditionFailure(error)) throw translateStoreError(error);
      }
    },
  };
}
