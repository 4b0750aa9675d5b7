const dayMs = 86_400_000;

/** The dates of a stay, check-in to check-out inclusive (a guest celebrates on the day they leave too). */
function stayDates(checkIn: string, checkOut: string): string[] {
  const dates: string[] = [];
  for (let t = Date.parse(checkIn); t <= Date.parse(checkOut) && dates.length < 366; t += dayMs) {
    dates.push(new Date(t).toISOString().slice(0, 10));
  }
  return dates;
}

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** The day within the stay on which a yearly date (birthday, anniversary) falls, if any. Feb 29 is kept on Feb 28 in other years. */
export function yearlyDateDuringStay(date: string, checkIn: string, checkOut: string): string | undefined {
  const monthDay = date.slice(5);
  return stayDates(checkIn, checkOut).find((day) => {
    const year = Number(day.slice(0, 4));
    const wanted = monthDay === '02-29' && !isLeap(year) ? '02-28' : monthDay;
    return day.slice(5) === wanted;
  });
}

/** Whole years between two ISO dates. */
export const yearsBetween = (from: string, to: string) => Number(to.slice(0, 4)) - Number(from.slice(0, 4));
