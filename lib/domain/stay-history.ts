/** What a completed stay tells about the guest's taste: the room they had and the gift they got. */
export interface StayTaste {
  checkIn: string;
  roomType?: string;
  roomFeatures?: { floor?: string; bed?: string; view?: string };
  gift?: string;
}

/** How many completed stays had each room type and feature value. */
export interface RoomHistory {
  roomType: Record<string, number>;
  floor: Record<string, number>;
  bed: Record<string, number>;
  view: Record<string, number>;
}

export const emptyRoomHistory: RoomHistory = Object.freeze({ roomType: {}, floor: {}, bed: {}, view: {} });

/** The gift of the latest completed stay that had one (ties broken by gift name, so order never matters). */
export interface LastGift {
  on: string;
  gift: string;
}

function count(counts: Record<string, number>, value: string | undefined, sign: 1 | -1): Record<string, number> {
  if (value === undefined) return counts;
  const next = { ...counts, [value]: (counts[value] ?? 0) + sign };
  if (next[value] === 0) delete next[value];
  return next;
}

/** Adds (sign 1) or removes (sign −1) one completed stay's room to the counts. */
export function countRoom(history: RoomHistory, stay: StayTaste, sign: 1 | -1): RoomHistory {
  return {
    roomType: count(history.roomType, stay.roomType, sign),
    floor: count(history.floor, stay.roomFeatures?.floor, sign),
    bed: count(history.bed, stay.roomFeatures?.bed, sign),
    view: count(history.view, stay.roomFeatures?.view, sign),
  };
}

const later = (a: LastGift, b: LastGift) => a.on > b.on || (a.on === b.on && a.gift > b.gift);

/** The last gift once `stay` is added. */
export function withGift(last: LastGift | null, stay: StayTaste): LastGift | null {
  if (!stay.gift) return last;
  const candidate = { on: stay.checkIn, gift: stay.gift };
  return last === null || later(candidate, last) ? candidate : last;
}

/** Whether removing `stay` takes away the last gift (the one before it cannot be known from totals). */
export function removesLastGift(last: LastGift | null, stay: StayTaste): boolean {
  return last !== null && stay.gift === last.gift && stay.checkIn === last.on;
}

/** The most frequent value of a count, ties broken alphabetically; undefined when there is none. */
export function mostFrequent(counts: Record<string, number>): string | undefined {
  return Object.entries(counts).sort(([a, x], [b, y]) => y - x || a.localeCompare(b))[0]?.[0];
}
