import {
  countRoom,
  emptyRoomHistory,
  type LastGift,
  removesLastGift,
  type RoomHistory,
  type StayTaste,
  withGift,
} from './stay-history.js';

/** The figures of one stay that the guest's running totals depend on. */
export interface StayFigures extends StayTaste {
  status: 'reserved' | 'in_house' | 'completed' | 'cancelled' | 'no_show';
  checkIn: string;
  nights: number;
  revenue: number;
  cost: number;
  currency: string;
}

/** Money over completed stays in one currency. */
export interface CurrencyTotals {
  completedStays: number;
  revenue: number;
  cost: number;
}

/** Completed stays that began in one calendar month, for rolling-window qualification. */
export interface MonthTotals {
  stays: number;
  nights: number;
  revenueByCurrency: Record<string, number>;
}

/**
 * A guest's running totals over their stays. Only completed stays count towards value;
 * cancellations and no-shows are counted so behaviour can be read, never as revenue.
 */
export interface StaySummary {
  completedStays: number;
  nights: number;
  cancelledStays: number;
  noShows: number;
  openStays: number;
  byCurrency: Record<string, CurrencyTotals>;
  /** Keyed by `YYYY-MM` of check-in; grows by at most twelve entries a year. */
  byMonth: Record<string, MonthTotals>;
  firstStayOn: string | null;
  lastStayOn: string | null;
  rooms: RoomHistory;
  lastGift: LastGift | null;
  /** Check-in dates of reserved and in-house stays, ascending: a guest's next arrivals. */
  upcoming: string[];
}

export const emptyStaySummary: StaySummary = Object.freeze({
  completedStays: 0,
  nights: 0,
  cancelledStays: 0,
  noShows: 0,
  openStays: 0,
  byCurrency: {},
  byMonth: {},
  firstStayOn: null,
  lastStayOn: null,
  rooms: emptyRoomHistory,
  lastGift: null,
  upcoming: [],
});

// Sums are kept at micro-unit precision so that adding and removing a stay returns exactly.
const round = (value: number): number => Math.round(value * 1e6) / 1e6;

function addToMonth(byMonth: Record<string, MonthTotals>, stay: StayFigures, sign: 1 | -1): void {
  const month = stay.checkIn.slice(0, 7);
  const totals = byMonth[month] ?? { stays: 0, nights: 0, revenueByCurrency: {} };
  const revenue = round((totals.revenueByCurrency[stay.currency] ?? 0) + sign * stay.revenue);
  const revenueByCurrency = { ...totals.revenueByCurrency, [stay.currency]: revenue };
  // Zero sums are left out, so running totals and a rebuild hold the same keys.
  if (revenue === 0) delete revenueByCurrency[stay.currency];
  const updated = { stays: totals.stays + sign, nights: totals.nights + sign * stay.nights, revenueByCurrency };
  if (updated.stays === 0) delete byMonth[month];
  else byMonth[month] = updated;
}

function withoutOne(dates: string[], date: string): string[] {
  const index = dates.indexOf(date);
  return index < 0 ? dates : [...dates.slice(0, index), ...dates.slice(index + 1)];
}

function addStay(summary: StaySummary, stay: StayFigures, sign: 1 | -1): StaySummary {
  const next: StaySummary = { ...summary, byCurrency: { ...summary.byCurrency }, byMonth: { ...summary.byMonth } };
  if (stay.status === 'cancelled') next.cancelledStays += sign;
  else if (stay.status === 'no_show') next.noShows += sign;
  else if (stay.status === 'reserved' || stay.status === 'in_house') {
    next.openStays += sign;
    next.upcoming = sign > 0 ? [...next.upcoming, stay.checkIn].sort() : withoutOne(next.upcoming, stay.checkIn);
  } else {
    next.completedStays += sign;
    next.nights += sign * stay.nights;
    const totals = next.byCurrency[stay.currency] ?? { completedStays: 0, revenue: 0, cost: 0 };
    const updated = {
      completedStays: totals.completedStays + sign,
      revenue: round(totals.revenue + sign * stay.revenue),
      cost: round(totals.cost + sign * stay.cost),
    };
    if (updated.completedStays === 0) delete next.byCurrency[stay.currency];
    else next.byCurrency[stay.currency] = updated;
    addToMonth(next.byMonth, stay, sign);
    next.rooms = countRoom(next.rooms, stay, sign);
    if (sign > 0) next.lastGift = withGift(next.lastGift, stay);
  }
  return next;
}

function widenDates(summary: StaySummary, checkIn: string): StaySummary {
  return {
    ...summary,
    firstStayOn: summary.firstStayOn === null || checkIn < summary.firstStayOn ? checkIn : summary.firstStayOn,
    lastStayOn: summary.lastStayOn === null || checkIn > summary.lastStayOn ? checkIn : summary.lastStayOn,
  };
}

/** Totals over a whole set of stays, from scratch. */
export function summarizeStays(stays: Iterable<StayFigures>): StaySummary {
  let summary = emptyStaySummary;
  for (const stay of stays) summary = applyStayChange(summary, undefined, stay) as StaySummary;
  return summary;
}

/**
 * Moves the totals from `before` to `after` for one stay in O(1). Answers `'rebuild'` when
 * the change takes away the first or last completed stay: the next boundary cannot be known
 * from totals alone, so the caller recomputes from all stays (rare: a late cancellation).
 */
export function applyStayChange(
  summary: StaySummary,
  before: StayFigures | undefined,
  after: StayFigures | undefined,
): StaySummary | 'rebuild' {
  let next = summary;
  if (before) {
    next = addStay(next, before, -1);
    const completed = before.status === 'completed';
    const movesBoundary =
      completed &&
      (after?.status !== 'completed' || after.checkIn !== before.checkIn) &&
      (before.checkIn === summary.firstStayOn || before.checkIn === summary.lastStayOn);
    const keepsGift = after?.status === 'completed' && after.gift === before.gift && after.checkIn === before.checkIn;
    const losesGift = completed && !keepsGift && removesLastGift(summary.lastGift, before);
    if ((movesBoundary || losesGift) && next.completedStays > 0) {
      return 'rebuild';
    }
    if (next.completedStays === 0) next = { ...next, firstStayOn: null, lastStayOn: null, lastGift: null };
  }
  if (after) {
    next = addStay(next, after, 1);
    if (after.status === 'completed') next = widenDates(next, after.checkIn);
  }
  return next;
}
