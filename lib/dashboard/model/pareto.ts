/** A Pareto curve as the report gives it: `curve[i]` is the share of value of the top i% of guests. */
export interface ParetoPoint {
  guestShare: number;
  valueShare: number;
}

export function paretoPoints(curve: readonly number[]): ParetoPoint[] {
  const steps = curve.length - 1;
  return curve.map((valueShare, index) => ({ guestShare: steps > 0 ? index / steps : 0, valueShare }));
}

/** The value share of the top 20% of guests: the point the 80/20 rule is about. */
export function topFifthPoint(curve: readonly number[]): ParetoPoint | null {
  if (curve.length < 2) return null;
  const steps = curve.length - 1;
  const index = Math.round(steps * 0.2);
  return { guestShare: index / steps, valueShare: curve[index]! };
}

/** The smallest share of guests that brings at least 80% of the value, or null if no point does. */
export function shareOfGuestsForEightyPercent(curve: readonly number[]): number | null {
  const steps = curve.length - 1;
  const index = curve.findIndex((share) => share >= 0.8);
  return index < 0 || steps <= 0 ? null : index / steps;
}
