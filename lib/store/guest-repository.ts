import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { PreconditionFailedError } from '../domain/errors.js';
import type { Guest } from '../schemas/guest.js';
import type { Store } from './client.js';
import { unchangedSince } from './conditions.js';
import { isConditionFailure, translateStoreError } from './errors.js';
import { guestIndexKeys, keys, normalize } from './keys.js';
import { stripKeys } from './items.js';

export type GuestLookup = { email: string } | { phone: string } | { loyaltyNumber: string };

/** Guest profiles of one table; every call is scoped to a tenant. */
export interface GuestRepository {
  get(tenant: string, guestId: string): Promise<Guest | undefined>;
  /** Writes `guest` if the stored version is still `expectedVersion` (undefined: must not exist yet). */
  save(tenant: string, guest: Guest, expectedVersion: number | undefined): Promise<void>;
  findBy(tenant: string, lookup: GuestLookup): Promise<Guest[]>;
}

function indexKeys(tenant: string, guest: Guest): Record<string, string> {
  const sortKey = `G#${guest.guestId}`;
  return {
    ...(guest.email && { ...guestIndexKeys.email(tenant, normalize.email(guest.email)), gsi1sk: sortKey }),
    ...(guest.phone && { ...guestIndexKeys.phone(tenant, normalize.phone(guest.phone)), gsi2sk: sortKey }),
    ...(guest.loyaltyNumber && {
      ...guestIndexKeys.loyaltyNumber(tenant, normalize.loyaltyNumber(guest.loyaltyNumber)),
      gsi3sk: sortKey,
    }),
    ...(guest.accountManagerId && {
      ...guestIndexKeys.accountManager(tenant, guest.accountManagerId),
      gsi4sk: sortKey,
    }),
  };
}

function lookupIndex(tenant: string, lookup: GuestLookup): { indexName: string; partitionKey: string } {
  if ('email' in lookup)
    return { indexName: 'gsi1', partitionKey: guestIndexKeys.email(tenant, normalize.email(lookup.email)).gsi1pk };
  if ('phone' in lookup)
    return { indexName: 'gsi2', partitionKey: guestIndexKeys.phone(tenant, normalize.phone(lookup.phone)).gsi2pk };
  const { gsi3pk } = guestIndexKeys.loyaltyNumber(tenant, normalize.loyaltyNumber(lookup.loyaltyNumber));
  return { indexName: 'gsi3', partitionKey: gsi3pk };
}

/** The DynamoDB implementation of {@link GuestRepository}. */
export function dynamoGuestRepository({ client, tableName }: Store): GuestRepository {
  return {
    async get(tenant, guestId) {
      const { Item } = await client
        .send(new GetCommand({ TableName: tableName, Key: keys.profile(tenant, guestId), ConsistentRead: true }))
        .catch((error) => Promise.reject(translateStoreError(error)));
      return Item ? (stripKeys(Item) as Guest) : undefined;
    },

    async save(tenant, guest, expectedVersion) {
      const item = { ...keys.profile(tenant, guest.guestId), ...indexKeys(tenant, guest), entity: 'guest', ...guest };
      try {
        await client.send(new PutCommand({ TableName: tableName, Item: item, ...unchangedSince(expectedVersion) }));
      } catch (error) {
        if (isConditionFailure(error)) throw new PreconditionFailedError('the guest changed meanwhile');
        throw translateStoreError(error);
      }
    },

    async findBy(tenant, lookup) {
      const { indexName, partitionKey } = lookupIndex(tenant, lookup);
      const { Items = [] } = await client
        .send(
          new QueryCommand({
            TableName: tableName,
            IndexName: indexName,
            KeyConditionExpression: '#pk = :pk',
            ExpressionAttributeNames: { '#pk': `${indexName}pk` },
            ExpressionAttributeValues: { ':pk': partitionKey },
            Limit: 100,
          }),
        )
        .catch((error) => Promise.reject(translateStoreError(error)));
      return Items.map((item) => stripKeys(item) as Guest);
    },
  };
}
