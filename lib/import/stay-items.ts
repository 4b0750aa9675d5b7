import { sameContent } from '../domain/same-content.js';
import { daysBetween, type Stay } from '../schemas/stay.js';
import { keys } from '../store/keys.js';
import type { ImportRow } from './row.js';

/**
 * The stay item an import row stands for, merged onto what is stored: fields the PMS does not
 * send (room features, the gift given, purpose) are kept. Answers undefined when the stored
 * stay already says the same, so importing a file again writes nothing.
 */
export function stayItemFor(tenant: string, row: ImportRow, stored: Record<string, unknown> | undefined, now: Date) {
  const fromFile = {
    propertyId: row.propertyId,
    checkIn: row.checkIn,
    checkOut: row.checkOut,
    status: row.status,
    ...(row.channel && { channel: row.channel }),
    revenue: { room: row.roomRevenue, fnb: row.fnbRevenue, other: row.otherRevenue },
    cost: row.cost,
    currency: row.currency,
    guestId: row.guestId,
    stayId: row.stayId,
    nights: daysBetween(row.checkIn, row.checkOut),
  };
  const previous = stored as (Stay & Record<string, unknown>) | undefined;
  const merged = { ...previous, ...keys.stay(tenant, row.guestId, row.stayId), entity: 'stay', ...fromFile };
  if (previous && sameContent({ ...merged, version: previous.version, updatedAt: previous.updatedAt }, previous))
    return undefined;
  const at = now.toISOString();
  return { ...merged, version: (previous?.version ?? 0) + 1, createdAt: previous?.createdAt ?? at, updatedAt: at };
}
