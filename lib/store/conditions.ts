import { keys } from './keys.js';

/** A transaction item that holds only while the guest's profile exists (no writes for an erased guest). */
export const guestExists = (tableName: string, tenant: string, guestId: string) => ({
  ConditionCheck: {
    TableName: tableName,
    Key: keys.profile(tenant, guestId),
    ConditionExpression: 'attribute_exists(pk)',
  },
});

/** Optimistic concurrency: the item is still at `version` (0 or undefined: it must not exist yet). */
export const unchangedSince = (version: number | undefined) =>
  version
    ? { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': version } }
    : { ConditionExpression: 'attribute_not_exists(pk)' };
