/**
 * The Pareto view of a population: the share of the total held by the top 20% of guests,
 * and the cumulative share held by the top 0%, 1%, …, 100% (the curve).
 */
export function paretoCurve(values: readonly number[]): { topShare: number; curve: number[] } {
  const sorted = values.map((v) => Math.max(v, 0)).sort((a, b) => b - a);
  const total = sorted.reduce((sum, v) => sum + v, 0);
  const prefix = [0];
  for (const value of sorted) prefix.push(prefix.at(-1)! + value);
  const shareOfTop = (percent: number) => {
    if (total === 0 || sorted.length === 0) return 0;
    return Math.round((prefix[Math.round((percent / 100) * sorted.length)]! / total) * 10_000) / 10_000;
  };
  return { topShare: shareOfTop(20), curve: Array.from({ length: 101 }, (_, p) => shareOfTop(p)) };
}
