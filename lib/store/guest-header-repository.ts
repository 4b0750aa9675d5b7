import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { ComplaintsSummary } from '../domain/recommendations/types.js';
import type { FeedbackAggregate } from '../domain/scoring/quadrant.js';
import { emptyStaySummary, type StaySummary } from '../domain/stay-summary.js';
import type { Guest } from '../schemas/guest.js';
import type { Store } from './client.js';
import { translateStoreError } from './errors.js';
import { stripKeys } from './items.js';
import { guestHeaderPrefix, keys } from './keys.js';
import { referralPrefix, type StoredScore } from './score-repository.js';

/** Everything a guest's score is computed from, read in one Query of the guest's header items. */
export interface GuestHeader {
  profile: Guest | undefined;
  summary: StaySummary;
  score: StoredScore | undefined;
  feedback: FeedbackAggregate | undefined;
  /** Direct profit of each guest this guest referred, by guestId. */
  referrals: Record<string, number>;
  /** With the stored version, so a complaint can be filed from this read alone. */
  complaints: (ComplaintsSummary & { version?: number }) | undefined;
}

/**
 * Reads the items that describe a guest as a whole (`G#…`: profile, stay totals, score,
 * feedback, complaints, referrals) in one bounded Query: the hot path of scoring and of
 * recommendations.
 */
export interface GuestHeaderRepository {
  /**
   * `consistent` for read-modify-write (scoring); reads that only answer a caller take the
   * cheaper, faster eventually consistent read.
   */
  readHeader(tenant: string, guestId: string, options?: { consistent?: boolean }): Promise<GuestHeader>;
}

export function dynamoGuestHeaderRepository({ client, tableName }: Store): GuestHeaderRepository {
  return {
    async readHeader(tenant, guestId, { consistent = false } = {}) {
      const { Items = [] } = await client
        .send(
          new QueryCommand({
            TableName: tableName,
            KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
            ExpressionAttributeValues: { ':pk': keys.guestPartition(tenant, guestId), ':prefix': guestHeaderPrefix },
            ConsistentRead: consistent,
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
        summary: {
          ...emptyStaySummary,
          ...(find(keys.staySummary(tenant, guestId)) as Partial<StaySummary> | undefined),
        },
        score: find(keys.score(tenant, guestId)),
        feedback: find(keys.feedbackSummary(tenant, guestId)),
        referrals,
        complaints: find(keys.complaintsSummary(tenant, guestId)),
      };
    },
  };
}
