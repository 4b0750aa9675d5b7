import { describe, expect, it } from 'vitest';
import { call, completedStay, uniqueId } from './client.js';

/** A writer that behaves like a booking engine: retries what the API asks it to retry. */
async function putWithRetries(path: string, body: unknown): Promise<number> {
  for (let attempt = 0; ; attempt += 1) {
    const response = await call(path, { method: 'PUT', body });
    if (response.status !== 409 && response.status !== 429) return response.status;
    if (attempt > 20) return response.status;
    await new Promise((resolve) => setTimeout(resolve, 5 * (attempt + 1)));
  }
}

describe('32 concurrent writers on the same guests', () => {
  it('lose no stay and keep every guest’s totals exact, with a quarter of the writes sent twice', async () => {
    const guests = await Promise.all(
      Array.from({ length: 4 }, async () => {
        const guestId = uniqueId('conc');
        await call(`/v1/guests/${guestId}`, { method: 'PUT', body: { name: 'Busy Guest' } });
        return guestId;
      }),
    );
    const writes = Array.from({ length: 32 * 8 }, (_, i) => ({
      guestId: guests[i % guests.length]!,
      stayId: `w${i}`,
      room: 100 + i,
      repeat: i % 4 === 0,
    }));
    const queue = [...writes];
    const statuses: number[] = [];
    await Promise.all(
      Array.from({ length: 32 }, async () => {
        for (let write = queue.pop(); write; write = queue.pop()) {
          const body = completedStay({ revenue: { room: write.room }, cost: 10 });
          const path = `/v1/guests/${write.guestId}/stays/${write.stayId}`;
          statuses.push(await putWithRetries(path, body));
          if (write.repeat) statuses.push(await putWithRetries(path, body));
        }
      }),
    );

    expect(statuses.filter((s) => s >= 300)).toEqual([]);
    for (const guestId of guests) {
      const mine = writes.filter((w) => w.guestId === guestId);
      const { json } = await call(`/v1/guests/${guestId}/export`);
      expect(json.stays.map((s: { stayId: string }) => s.stayId).sort()).toEqual(mine.map((w) => w.stayId).sort());
      expect(json.staySummary.completedStays).toBe(mine.length);
      expect(json.staySummary.byCurrency.CNY).toEqual({
        completedStays: mine.length,
        revenue: mine.reduce((sum, w) => sum + w.room, 0),
        cost: 10 * mine.length,
      });
    }
  });
});
