import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { NewGuestStays } from '../import/new-guest-stays.js';
import { importRowSchema } from '../import/row.js';
import { stayItemFor } from '../import/stay-items.js';
import type { Stay } from '../schemas/stay.js';
import { figuresOf } from '../services/stays.js';
import { settledLiveHeapBytes } from './live-heap.js';

/**
 * Bytes of live heap a row of `file` costs in the import's memory of new guests' stays (the part of
 * its data that stops growing at `heldStaysLimit`), measured by holding every row of the file the
 * way the import does, with a full collection before and after.
 */
export async function heldStayBytesPerRow(file: string): Promise<number> {
  const now = new Date();
  const before = await settledLiveHeapBytes();
  const held = new NewGuestStays(Number.POSITIVE_INFINITY);
  let rows = 0;
  for await (const record of createReadStream(file).pipe(parse({ columns: true, bom: true, skip_empty_lines: true }))) {
    const row = importRowSchema.parse(record);
    held.add(row.guestId, row.stayId, figuresOf(stayItemFor('bench', row, undefined, now) as Stay));
    rows += 1;
  }
  const bytes = (await settledLiveHeapBytes()) - before;
  // Read after the measurement, so that what it holds is still alive at it.
  if (held.size !== rows) throw new Error(`held ${held.size} stays of ${rows} rows`);
  return bytes / rows;
}
