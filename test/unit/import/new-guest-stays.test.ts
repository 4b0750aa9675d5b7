import { describe, expect, it } from 'vitest';
import { summarizeStays } from '../../../lib/domain/stay-summary.js';
import { NewGuestStays } from '../../../lib/import/new-guest-stays.js';
import type { ImportRow } from '../../../lib/import/row.js';

const row = (guestId: string, stayId: string, checkIn: string, room: number): ImportRow =>
  ({
    guestId,
    stayId,
    firstName: 'Li',
    lastName: 'Wei',
    propertyId: 'sh-bund',
    checkIn,
    checkOut: `${checkIn.slice(0, 8)}${String(Number(checkIn.slice(8)) + 2).padStart(2, '0')}`,
    status: 'completed',
    roomRevenue: room,
    fnbRevenue: 10.25,
    otherRevenue: 0,
    cost: 100,
    currency: 'CNY',
  }) as ImportRow;

/** What the importer hands over: the figures of the stay item it writes for the row. */
const add = (stays: NewGuestStays, r: ImportRow) =>
  stays.add(r.guestId, r.stayId, {
    status: r.status,
    checkIn: r.checkIn,
    nights: 2,
    revenue: r.roomRevenue + r.fnbRevenue + r.otherRevenue,
    cost: r.cost,
    currency: r.currency,
  });

describe('NewGuestStays', () => {
  it('gives each guest the totals of their stays in the file, in any order they came', () => {
    const stays = new NewGuestStays();
    add(stays, row('g1', 'b', '2026-02-03', 900.5));
    add(stays, row('g2', 'a', '2026-01-05', 300));
    add(stays, row('g1', 'a', '2026-01-03', 1200));

    const totals = new Map(stays.totals());

    const figures = (stayRows: ImportRow[]) =>
      stayRows.map((r) => ({
        status: r.status,
        checkIn: r.checkIn,
        nights: 2,
        revenue: r.roomRevenue + r.fnbRevenue + r.otherRevenue,
        cost: r.cost,
        currency: r.currency,
      }));
    expect(totals.get('g1')).toEqual(
      summarizeStays(figures([row('g1', 'a', '2026-01-03', 1200), row('g1', 'b', '2026-02-03', 900.5)])),
    );
    expect(totals.get('g2')?.completedStays).toBe(1);
  });

  it('leaves a guest whose file names one stay twice to a rebuild from the table', () => {
    const stays = new NewGuestStays();
    add(stays, row('g1', 'a', '2026-01-03', 1200));
    add(stays, row('g1', 'a', '2026-01-03', 1500));

    expect(new Map(stays.totals()).get('g1')).toBeUndefined();
  });

  it('holds no new guest past its limit, and every stay of a guest it holds', () => {
    const stays = new NewGuestStays(2);
    expect(add(stays, row('g1', 'a', '2026-01-03', 1))).toBe(true);
    expect(add(stays, row('g1', 'b', '2026-01-05', 1))).toBe(true);
    expect(add(stays, row('g2', 'a', '2026-01-03', 1))).toBe(false);
    expect(add(stays, row('g1', 'c', '2026-01-07', 1))).toBe(true);

    expect([...stays.totals()].map(([guestId, summary]) => [guestId, summary?.completedStays])).toEqual([['g1', 3]]);
  });
});
