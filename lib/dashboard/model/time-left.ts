export interface TimeLeft {
  overdue: boolean;
  /** Whole minutes to the deadline, or past it when overdue; never negative. */
  minutes: number;
}

export function timeLeft(dueBy: string, now: Date): TimeLeft {
  const difference = Date.parse(dueBy) - now.getTime();
  return { overdue: difference < 0, minutes: Math.floor(Math.abs(difference) / 60_000) };
}

/** The largest unit that says it: 45 min, 5 h, 3 d (rounded down, so it never overstates time left). */
export function durationParts(minutes: number): { value: number; unit: 'minute' | 'hour' | 'day' } {
  if (minutes < 60) return { value: minutes, unit: 'minute' };
  if (minutes < 48 * 60) return { value: Math.floor(minutes / 60), unit: 'hour' };
  return { value: Math.floor(minutes / (24 * 60)), unit: 'day' };
}
