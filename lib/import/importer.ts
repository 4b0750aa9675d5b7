import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { Store } from '../store/client.js';
import { keys } from '../store/keys.js';
import { batchGet, batchPutAll } from '../store/batch.js';
import { createMissingGuests } from './guests.js';
import { checkHeader, type ImportRow, importRowSchema } from './row.js';
import { stayItemFor } from './stay-items.js';
import { NewGuestStays } from './new-guest-stays.js';
import { figuresOf } from '../services/stays.js';
import type { Stay } from '../schemas/stay.js';
import { rebuildSummaries, writeNewGuestTotals } from './summaries.js';

export interface ImportCounts {
  rows: number;
  written: number;
  unchanged: number;
  rejected: number;
  guestsCreated: number;
  summariesWritten: number;
}

export interface ImportOptions {
  tenant: string;
  store: Store;
  onReject(line: number, reason: string, fields: string[]): void;
  onProgress?(counts: ImportCounts): void;
  /** After the rows: `checked` of the `of` guests of the file have their totals written or found right. */
  onTotalsProgress?(checked: number, of: number): void;
  now?: () => Date;
}

/** The file's header is wrong: nothing was written. */
export class ImportHeaderError extends Error {}

// A flush reads its 100 stays in one BatchGet and writes them in four BatchWrites of 25 at once.
const batchSize = 100;
const inFlightLimit = 8;

function reasonOf(issues: { path: PropertyKey[]; message: string }[]): string {
  return issues.map((issue) => `${issue.path.map(String).join('.') || 'row'}: ${issue.message}`).join('; ');
}

/**
 * Streams a PMS export into the table: validates every row (rejects are reported with their
 * line, never dropped), writes stays in batches of 25 with retries, creates guests it does not
 * know, then rebuilds the running totals of every guest it touched. Idempotent: the same file
 * again writes nothing; an interrupted import re-run finishes without duplicates.
 */
export async function importStays(input: Readable, options: ImportOptions): Promise<ImportCounts> {
  const counts: ImportCounts = {
    rows: 0,
    written: 0,
    unchanged: 0,
    rejected: 0,
    guestsCreated: 0,
    summariesWritten: 0,
  };
  const now = options.now ?? (() => new Date());
  const parser = input.pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true }));
  const touched = new Set<string>();
  // Whether this import created each guest it has seen (a promise while the profile is written).
  const createdHere = new Map<string, boolean | Promise<boolean>>();
  const newGuestStays = new NewGuestStays();
  const inFlight = new Set<Promise<void>>();
  let header: string[] | undefined;
  let batch = new Map<string, ImportRow>();

  const flush = async (rows: ImportRow[]) => {
    // Each guest's profile is made sure of once per import, before their first stay is written.
    // One row a guest, the first: its name and email make the profile.
    const unchecked = new Map<string, ImportRow>();
    for (const row of rows)
      if (!createdHere.has(row.guestId) && !unchecked.has(row.guestId)) unchecked.set(row.guestId, row);
    if (unchecked.size > 0) {
      const creation = createMissingGuests(options.store, options.tenant, [...unchecked.values()], now()).then(
        (created) => new Set(created),
      );
      for (const [guestId] of unchecked)
        createdHere.set(
          guestId,
          creation.then((created) => created.has(guestId)),
        );
      const created = await creation;
      counts.guestsCreated += created.size;
      for (const [guestId] of unchecked) createdHere.set(guestId, created.has(guestId));
    }
    const isNew = await Promise.all(rows.map((row) => createdHere.get(row.guestId)!));
    // A guest this import created has no stays but this import's: nothing stored to merge with,
    // and their totals follow from the file.
    const known = rows.filter((_, i) => !isNew[i]);
    const stored = known.length
      ? await batchGet(
          options.store,
          known.map((row) => keys.stay(options.tenant, row.guestId, row.stayId)),
        )
      : new Map<string, Record<string, unknown>>();
    const items = rows.flatMap((row, i) => {
      const key = keys.stay(options.tenant, row.guestId, row.stayId);
      const item = stayItemFor(options.tenant, row, stored.get(`${key.pk}|${key.sk}`), now());
      return item ? [{ row, item, isNew: isNew[i] }] : [];
    });
    // A new guest's stays, with the figures a rebuild would take from the stored items.
    for (const { row, item, isNew: created } of items)
      if (created) newGuestStays.add(row.guestId, row.stayId, figuresOf(item as Stay));
    await batchPutAll(
      options.store,
      items.map(({ item }) => item),
      batchSize / 25,
    );
    counts.written += items.length;
    counts.unchanged += rows.length - items.length;
    options.onProgress?.(counts);
  };
  const schedule = async () => {
    const rows = [...batch.values()];
    batch = new Map();
    const task = flush(rows).finally(() => inFlight.delete(task));
    inFlight.add(task);
    if (inFlight.size >= inFlightLimit) await Promise.race(inFlight);
  };

  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    if (!header) {
      header = record.map((name) => name.trim());
      const problem = checkHeader(header);
      if (problem) throw new ImportHeaderError(problem);
      continue;
    }
    counts.rows += 1;
    if (record.length !== header.length) {
      counts.rejected += 1;
      options.onReject(info.lines, `expected ${header.length} fields, found ${record.length}`, record);
      continue;
    }
    const parsed = importRowSchema.safeParse(Object.fromEntries(header.map((name, i) => [name, record[i]])));
    if (!parsed.success) {
      counts.rejected += 1;
      options.onReject(info.lines, reasonOf(parsed.error.issues), record);
      continue;
    }
    // The same stay twice in one batch would be refused by DynamoDB: the later row wins, as a later PUT would.
    batch.set(`${parsed.data.guestId}|${parsed.data.stayId}`, parsed.data);
    // Every guest of the file gets their totals checked, so a re-run after an interruption completes them.
    touched.add(parsed.data.guestId);
    if (batch.size >= batchSize) await schedule();
  }
  if (batch.size > 0) await schedule();
  await Promise.all(inFlight);
  const guests = touched.size;
  let checked = 0;
  const totalsChecked = (more: number) => options.onTotalsProgress?.((checked += more), guests);
  const fromFile = await writeNewGuestTotals(options.store, options.tenant, newGuestStays.totals(), totalsChecked);
  for (const guestId of fromFile.written) touched.delete(guestId);
  counts.summariesWritten =
    fromFile.written.length + (await rebuildSummaries(options.store, options.tenant, touched, totalsChecked));
  options.onProgress?.(counts);
  return counts;
}
