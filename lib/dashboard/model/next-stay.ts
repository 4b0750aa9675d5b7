export interface StayLike {
  stayId: string;
  propertyId: string;
  checkIn: string;
  checkOut: string;
  status: string;
  roomType?: string;
}

const dayMs = 86_400_000;
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * The stay a recommendation is for: the next booked one; without one, a two-night stay a week
 * from today at the hotel the guest last stayed at, so staff still see what would be done.
 */
export function nextStayFor(
  stays: readonly StayLike[],
  today: Date,
  defaultProperty: string,
): { booked: boolean; propertyId: string; checkIn: string; checkOut: string; roomType?: string } {
  const day = isoDay(today.getTime());
  const upcoming = stays
    .filter((s) => s.status === 'reserved' && s.checkIn >= day)
    .sort((a, b) => a.checkIn.localeCompare(b.checkIn))[0];
  if (upcoming)
    return {
      booked: true,
      propertyId: upcoming.propertyId,
      checkIn: upcoming.checkIn,
      checkOut: upcoming.checkOut,
      ...(upcoming.roomType && { roomType: upcoming.roomType }),
    };
  const last = [...stays].sort((a, b) => b.checkIn.localeCompare(a.checkIn))[0];
  const start = today.getTime() + 7 * dayMs;
  return {
    booked: false,
    propertyId: last?.propertyId ?? defaultProperty,
    checkIn: isoDay(start),
    checkOut: isoDay(start + 2 * dayMs),
  };
}

/** Stays newest first, for the timeline. */
export const newestFirst = <T extends StayLike>(stays: readonly T[]): T[] =>
  [...stays].sort((a, b) => b.checkIn.localeCompare(a.checkIn) || a.stayId.localeCompare(b.stayId));
