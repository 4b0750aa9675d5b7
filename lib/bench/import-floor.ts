import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { summarizeStays } from '../domain/stay-summary.js';
import { importRowSchema, type ImportRow } from '../import/row.js';
import { stayItemFor } from '../import/stay-items.js';
import { batchPutAll } from '../store/batch.js';
import type { Store } from '../store/client.js';
import { putAllWhereConditionsHold } from '../store/conditional-puts.js';
import { keys } from '../store/keys.js';

const inFlight = 16;

/** The items an import of these rows ends with: every stay, and one profile and one set of totals a guest. */
function itemsOf(tenant: string, rows: ImportRow[], now: Date) {
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
  return { stays, guests };
}

async function readExport(file: Readable): Promise<ImportRow[]> {
  const rows: ImportRow[] = [];
  let header: string[] | undefined;
  for await (const record of file.pipe(parse({ bom: true })) as AsyncIterable<string[]>) {
    if (!header) header = record;
    else rows.push(importRowSchema.parse(Object.fromEntries(header.map((name, i) => [name, record[i]]))));
  }
  return rows;
}

/**
 * The import's floor: what it must write, built in memory beforehand, then written with bare
 * BatchWriteItem calls (16 in flight) and nothing read or checked. Answers the seconds the
 * writes took.
 */
export async function bareWritesOfExport(store: Store, tenant: string, file: Readable): Promise<number> {
  const { stays, guests } = itemsOf(tenant, await readExport(file), new Date());
  const started = performance.now();
  await batchPutAll(store, [...stays, ...guests], inFlight);
  return (performance.now() - started) / 1000;
}

/**
 * The floor of a correct import: the same items, but each new guest's profile and totals put
 * only where none exists yet (an import must never overwrite a profile the hotel enriched, nor
 * totals a stay through the API wrote meanwhile), in transactions of 100, four in flight, while
 * the stays go in bare batches beside them. Nothing read, nothing validated. Answers seconds.
 */
export async function conditionalWritesOfExport(store: Store, tenant: string, file: Readable): Promise<number> {
  const { stays, guests } = itemsOf(tenant, await readExport(file), new Date());
  const started = performance.now();
  let next = 0;
  const conditional = async () => {
    for (let start = next; start < guests.length; start = next) {
      next += 100;
      const written = await putAllWhereConditionsHold(
        store,
        guests.slice(start, start + 100).map((Item) => ({ Item, ConditionExpression: 'attribute_not_exists(pk)' })),
      );
      if (written.some((done) => !done)) throw new Error('the conditional floor found items already there');
    }
  };
  await Promise.all([batchPutAll(store, stays, inFlight), ...Array.from({ length: 4 }, conditional)]);
  return (performance.now() - started) / 1000;
}
