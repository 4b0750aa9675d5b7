import type { TenantConfig } from '../../schemas/tenant-config.js';
import type { Audience, Candidate, GuestFacts } from './types.js';

/**
 * What may be spent on this stay: a share of the guest's 12-month expected profit, never less
 * than their tier's floor. Without profiling consent, the floor of the lowest tier.
 */
export function perkBudget(
  guest: GuestFacts | null,
  audience: Audience,
  profiling: boolean,
  config: TenantConfig,
): number {
  const { shareOfValue, minimum } = config.perkBudget;
  if (!profiling) return minimum.small;
  const fromValue = shareOfValue * Math.max(guest?.score?.clv.value12m ?? 0, 0);
  return Math.round(Math.max(minimum[audience], fromValue) * 100) / 100;
}

/**
 * Keeps obligations, then the rest by priority while the budget lasts; what would cost more
 * than the guest is worth is left out and named.
 */
export function allocate(
  candidates: Candidate[],
  budget: number,
): { kept: Candidate[]; omitted: Candidate[]; spent: number } {
  const ordered = [...candidates].sort(
    (a, b) => Number(b.obligation) - Number(a.obligation) || b.priority - a.priority,
  );
  const kept: Candidate[] = [];
  const omitted: Candidate[] = [];
  let spent = 0;
  for (const candidate of ordered) {
    if (candidate.obligation || candidate.cost === 0 || spent + candidate.cost <= budget) {
      kept.push(candidate);
      spent += candidate.cost;
    } else omitted.push(candidate);
  }
  return { kept: kept.sort((a, b) => b.priority - a.priority), omitted, spent };
}
