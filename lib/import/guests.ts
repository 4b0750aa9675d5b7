import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from '../store/client.js';
import { isConditionFailure } from '../store/errors.js';
import { guestIndexKeys, keys, normalize } from '../store/keys.js';
import type { ImportRow } from './row.js';

/**
 * Creates a profile for each guest of these rows that has none (name, email, birthday from the
 * export); an existing profile is never overwritten: the hotel may have enriched it since.
 */
export async function createMissingGuests(store: Store, tenant: string, rows: ImportRow[], now: Date): Promise<number> {
  const firstRows = new Map(rows.map((row) => [row.guestId, row]));
  let created = 0;
  await Promise.all(
    [...firstRows.values()].map(async (row) => {
      const at = now.toISOString();
      const email = row.email && {
        email: row.email,
        ...guestIndexKeys.email(tenant, normalize.email(row.email)),
        gsi1sk: `G#${row.guestId}`,
      };
      try {
        await store.client.send(
          new PutCommand({
            TableName: store.tableName,
            Item: {
              ...keys.profile(tenant, row.guestId),
              ...email,
              entity: 'guest',
              guestId: row.guestId,
              name: `${row.firstName} ${row.lastName}`.trim(),
              ...(row.birthday && { birthday: row.birthday }),
              version: 1,
              createdAt: at,
              updatedAt: at,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        );
        created += 1;
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
    }),
  );
  return created;
}
