import { PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { PreconditionFailedError } from '../domain/errors.js';
import type { GuestScore } from '../domain/scoring/score-guest.js';
import type { FeedbackAggregate } from '../domain/scoring/quadrant.js';
import { emptyStaySummary, type StaySummary } from '../domain/stay-summary.js';
import type { Guest } from '../schemas/guest.js';
import type { Store } from './client.js';
import { isConditionFailure, translateStoreError } from './errors.js';
import { stripKeys } from './items.js';
import { guestHeaderPrefix, keys } from './keys.js';

const referralPrefix = 'ref:';

export interface StoredScore extends GuestScore {
  computedAt: string;
  revision: number;
}

/** Everything a guest's score is computed from, read in one Query of the guest's header items. */
export interface GuestHeader {
  profile: Guest | undefined;
  summary: StaySummary;
  score: StoredScore | undefined;
  feedback: FeedbackAggregate | undefined;
  /** Direct profit of each guest this guest referred, by guestId. */
  referrals: Record<string, number>;
}

export interface ScoreRepository {
  readHeader(tenant: string, guestId: string): Promise<GuestHeader>;
  /** Writes a score if the stored one is still at `previousRevision` (undefined: none yet). */
  saveScore(
    tenant: string,
    guestId: string,
    score: GuestScore,
    previousRevision: number | undefined,
    now: Date,
  ): Promise<StoredScore>;
  /** Records a referred guest's direct profit on the referrer, if the referrer exists. */
  recordReferral(tenant: string, referrerId: string, referredId: string, directProfit: number): Promise<void>;
}

export function dynamoScoreRepository({ client, tableName }: Store): ScoreRepository {
  return {
    async readHeader(tenant, guestId) {
      const { Items = [] } = await client
        .send(
          new QueryCommand({
            TableName: tableName,
            KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
            ExpressionAttributeValues: { ':pk': keys.guestPartition(tenant, guestId), ':prefix': guestHeaderPrefix },
            ConsistentRead: true,
          }),
        )
        .catch((error) => Promise.reject(translateStoreError(error)));
      const bySortKey = new Map(Items.map((item) => [item.sk as string, stripKeys(item)]));
      const find = (key: { sk: string }) => bySortKey.get(key.sk) as never;
      const ledger = bySortKey.get(keys.referrals(tenant, guestId).sk) ?? {};
      const referrals = Object.fromEntries(
        Object.entries(ledger)
          .filter(([name]) => name.startsWith(referralPrefix))
          .map(([name, profit]) => [name.slice(referralPrefix.length), Number(profit)]),
      );
      return {
        profile: find(keys.profile(tenant, guestId)),
        summary: find(keys.staySummary(tenant, guestId)) ?? emptyStaySummary,
        score: find(keys.score(tenant, guestId)),
        feedback: find(keys.feedbackSummary(tenant, guestId)),
        referrals,
      };
    },

    async saveScore(tenant, guestId, score, previousRevision, now) {
      const stored: StoredScore = { ...score, computedAt: now.toISOString(), revision: (previousRevision ?? 0) + 1 };
      try {
        await client.send(
          new PutCommand({
            TableName: tableName,
            Item: { ...keys.score(tenant, guestId), entity: 'score', ...stored },
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
