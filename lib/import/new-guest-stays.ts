import { type StayFigures, type StaySummary, summarizeStays } from '../domain/stay-summary.js';

const field = '\u0001';
const record = '\u0002';

/** How many stays an import holds in memory at most (about 40 MB): guests beyond are rebuilt from the table. */
export const heldStaysLimit = 500_000;

/**
 * The stays an import wrote for guests it created itself: a new guest has no stays but these,
 * so their totals follow from the file alone, without reading anything back. Kept as one
 * flat string a guest (about 80 bytes a stay, map entry included), so a million rows fit in memory.
 */
export class NewGuestStays {
  private readonly stays = new Map<string, string>();
  private held = 0;

  constructor(private readonly limit = heldStaysLimit) {}

  /** How many stays it holds. */
  get size(): number {
    return this.held;
  }

  /**
   * Keeps a stay of a guest created by this import, by the figures its totals take (an import's
   * stays have no room type or gift); false when full (that guest is then rebuilt from the table).
   */
  add(guestId: string, stayId: string, stay: StayFigures): boolean {
    if (this.held >= this.limit && !this.stays.has(guestId)) return false;
    this.held += 1;
    const encoded = [stayId, stay.status, stay.checkIn, stay.nights, stay.revenue, stay.cost, stay.currency].join(
      field,
    );
    const joined = `${this.stays.get(guestId) ?? ''}${encoded}${record}`;
    // Appending makes a rope (a node per piece, ~150 bytes a stay); reading a character makes V8
    // flatten it into one string (~80 bytes a stay with the guest's map entry), which is what lets a million rows fit.
    joined.charCodeAt(0);
    this.stays.set(guestId, joined);
    return true;
  }

  /**
   * Each guest's totals, or undefined for a guest whose file names one stay twice: which of the
   * two rows the table kept is for the stored stays to say, so that guest is rebuilt from them.
   */
  *totals(): Generator<[guestId: string, summary: StaySummary | undefined]> {
    for (const [guestId, encoded] of this.stays) {
      const figures: (StayFigures & { stayId: string })[] = [];
      // In the table's order (by stayId), so the sums are added up as a rebuild from the table would.
      for (const stay of encoded.split(record).sort()) {
        if (stay === '') continue;
        const [stayId = '', status, checkIn = '', nights, revenue, cost, currency = ''] = stay.split(field);
        figures.push({
          stayId,
          status: status as StayFigures['status'],
          checkIn,
          nights: Number(nights),
          revenue: Number(revenue),
          cost: Number(cost),
          currency,
        });
      }
      const distinct = new Set(figures.map((stay) => stay.stayId)).size === figures.length;
      yield [guestId, distinct ? summarizeStays(figures) : undefined];
    }
  }
}
