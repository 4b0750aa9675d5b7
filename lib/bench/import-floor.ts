import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { summarizeStays } from '../domain/stay-summary.js';
import { importRowSchema, type ImportRow } from '../import/row.js';
import { stayItemFor } from '../import/stay-items.js';
import { batchPutAll } from '../store/batch.js';
import type { Store } from '../store/client.js';
import { keys } from '../store/keys.js';

const inFlight = 16;

/** The items an import of these rows ends with: every stay, one profile and one set of totals a guest. */
function itemsOf(tenant: string, rows: ImportRow[], now: Date): Record<string, unknown>[] {
  const stays = rows.map((row) => stayItemFor(tenant, row, undefined, now)!);
  const byGuest = new Map<string, ImportRow[]>();
  for (const row of rows) byGuest.set(row.guestId, [...(byGuest.get(row.guestId) ?? []), row]);
  const guests = [...byGuest].flatMap(([guestId, own]) => [
    { ...keys.profile(tenant, guestId), entity: 'guest', guestId, name: own[0]!.firstName, version: 1 },
    {
      ...keys.staySummary(tenant, guestId),
      entity: 'staySummary',
      ...summarizeStays(
        own.map((row) => ({
          status: row.status,
          checkIn: row.checkIn,
          nights: 1,
          revenue: row.roomRevenue + row.fnbRevenue + row.otherRevenue,
          cost: row.cost,
          currency: row.currency,
        })),
      ),
      version: 1,
    },
  ]);
  return [...stays, ...guests];
}

/**
 * The import's floor: what it must write, built in memory beforehand, then written with bare
 * BatchWriteItem calls (16 in flight) and nothing read or checked. Answers the seconds the
 * writes took.
 */
export async function bareWritesOfExport(store: Store, tenant: string, file: Readable): Promise<number> {
  const rows: ImportRow[] = [];
  let header: string[] | undefined;
  for await (const record of file.pipe(parse({ bom: true })) as AsyncIterable<string[]>) {
    if (!header) header = record;
    else rows.push(importRowSchema.parse(Object.fromEntries(header.map((name, i) => [name, record[i]]))));
  }
  const items = itemsOf(tenant, rows, new Date());
  const started = performance.now();
  await batchPutAll(store, items, inFlight);
  return (performance.now() - started) / 1000;
}
