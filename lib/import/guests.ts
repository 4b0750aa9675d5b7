import type { Store } from '../store/client.js';
import { putAllWhereConditionsHold } from '../store/conditional-puts.js';
import { guestIndexKeys, keys, normalize } from '../store/keys.js';
import type { ImportRow } from './row.js';

/** The profile an export row creates: name, email and birthday as the PMS knows them. */
function profileFor(tenant: string, row: ImportRow, now: Date) {
  const at = now.toISOString();
  const email = row.email && {
    email: row.email,
    ...guestIndexKeys.email(tenant, normalize.email(row.email)),
    gsi1sk: `G#${row.guestId}`,
  };
  return {
    ...keys.profile(tenant, row.guestId),
    ...email,
    entity: 'guest',
    guestId: row.guestId,
    name: `${row.firstName} ${row.lastName}`.trim(),
    ...(row.birthday && { birthday: row.birthday }),
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
}

/**
 * Creates a profile for each guest of these rows that has none (name, email, birthday from the
 * export), in transactions of conditional puts; an existing profile is never overwritten: the
 * hotel may have enriched it since. Answers the guests it created.
 */
export async function createMissingGuests(
  store: Store,
  tenant: string,
  rows: ImportRow[],
  now: Date,
): Promise<string[]> {
  const firstRows = new Map<string, ImportRow>();
  for (const row of rows) if (!firstRows.has(row.guestId)) firstRows.set(row.guestId, row);
  const guests = [...firstRows.values()];
  const written = await putAllWhereConditionsHold(
    store,
    guests.map((row) => ({
      Item: profileFor(tenant, row, now),
      ConditionExpression: 'attribute_not_exists(pk)',
    })),
  );
  return guests.filter((_, i) => written[i]).map((row) => row.guestId);
}
