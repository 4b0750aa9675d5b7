import { sameContent } from '../domain/same-content.js';
import { type StaySummary, summarizeStays } from '../domain/stay-summary.js';
import { figuresOf } from '../services/stays.js';
import type { Store } from '../store/client.js';
import { type ConditionalPut, putAllWhereConditionsHold } from '../store/conditional-puts.js';
import { unchangedSince } from '../store/conditions.js';
import { dynamoStayRepository, summaryItem } from '../store/stay-repository.js';

const guestsPerStep = 50;
const concurrency = 8;
const maxAttempts = 5;

/**
 * Recomputes the running totals of each guest from all their stays (one Query a guest reads the
 * totals and the stays together) and writes those that changed, 50 guests a transaction, each on
 * the condition that nobody moved the totals since they were read.
 */
export async function rebuildSummaries(
  store: Store,
  tenant: string,
  guestIds: Iterable<string>,
  onChecked: (guests: number) => void = () => undefined,
): Promise<number> {
  const stays = dynamoStayRepository(store);
  const pending = [...guestIds];
  let written = 0;

  const putFor = async (guestId: string): Promise<ConditionalPut | undefined> => {
    const stored = await stays.readTotalsAndStays(tenant, guestId);
    const summary = summarizeStays(stored.stays.map(figuresOf));
    const { version, ...current } = stored.summary ?? { version: undefined };
    if (stored.summary && sameContent(current, summary)) return undefined;
    return { Item: summaryItem(tenant, guestId, summary, (version ?? 0) + 1), ...unchangedSince(version) };
  };
  const rebuild = async (guests: string[]) => {
    // A guest whose totals a stay through the API moved meanwhile is read again.
    for (let attempt = 0, left = guests; left.length > 0; attempt += 1) {
      if (attempt >= maxAttempts)
        throw new Error(`the totals of ${left.length} guests kept changing during the import`);
      const puts = await Promise.all(left.map(putFor));
      const changed = left.flatMap((guestId, i) => (puts[i] ? [{ guestId, put: puts[i] }] : []));
      const done = await putAllWhereConditionsHold(
        store,
        changed.map(({ put }) => put),
      );
      written += done.filter(Boolean).length;
      left = changed.filter((_, i) => !done[i]).map(({ guestId }) => guestId);
    }
  };
  const worker = async () => {
    for (let guests = pending.splice(0, guestsPerStep); guests.length > 0; guests = pending.splice(0, guestsPerStep))
      await rebuild(guests).then(() => onChecked(guests.length));
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return written;
}

const newGuestsPerTransaction = 100;
const transactionsInFlight = 4;

/**
 * Writes the totals of guests this import created, from the file alone, each on the condition
 * that the guest has none yet, four transactions of 100 in flight. Answers the guests written;
 * any other (a stay through the API meanwhile, a stay named twice in the file) is left for
 * {@link rebuildSummaries}.
 */
export async function writeNewGuestTotals(
  store: Store,
  tenant: string,
  totals: Iterable<[guestId: string, summary: StaySummary | undefined]>,
  onWritten: (guests: number) => void = () => undefined,
): Promise<{ written: string[] }> {
  const written: string[] = [];
  const pending = totals[Symbol.iterator]();
  const nextChunk = () => {
    const chunk: [string, StaySummary][] = [];
    for (let item = pending.next(); !item.done; item = pending.next()) {
      const [guestId, summary] = item.value;
      if (summary) chunk.push([guestId, summary]);
      if (chunk.length >= newGuestsPerTransaction) break;
    }
    return chunk;
  };
  const writer = async () => {
    for (let chunk = nextChunk(); chunk.length > 0; chunk = nextChunk()) {
      const done = await putAllWhereConditionsHold(
        store,
        chunk.map(([guestId, summary]) => ({
          Item: summaryItem(tenant, guestId, summary, 1),
          ConditionExpression: 'attribute_not_exists(pk)',
        })),
      );
      chunk.forEach(([guestId], i) => done[i] && written.push(guestId));
      onWritten(done.filter(Boolean).length);
    }
  };
  await Promise.all(Array.from({ length: transactionsInFlight }, writer));
  return { written };
}
