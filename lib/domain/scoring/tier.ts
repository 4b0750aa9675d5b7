import { longestQualificationWindowMonths, type TenantConfig } from '../../schemas/tenant-config.js';
import type { MonthTotals } from '../stay-summary.js';
import { toBaseCurrency } from './money.js';

export type Tier = 'key' | 'normal' | 'small';
const rank: Record<Tier, number> = { small: 0, normal: 1, key: 2 };

/** Stays, nights and spend of completed stays within the qualification window. */
export interface WindowTotals {
  stays: number;
  nights: number;
  spend: number;
}

const firstMonthOfWindow = (now: Date, months: number) =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months + 1, 1)).toISOString().slice(0, 7);

/**
 * The months of a guest's totals that some qualification window may still count, from `now` on:
 * windows only move forward, so older months never count again and need not be carried. Keeps a
 * score's inputs bounded however long the guest's history.
 */
export function monthsStillCounting(byMonth: Record<string, MonthTotals>, now: Date): Record<string, MonthTotals> {
  const first = firstMonthOfWindow(now, longestQualificationWindowMonths);
  return Object.fromEntries(Object.entries(byMonth).filter(([month]) => month >= first));
}

/** Totals over the last `months` calendar months, the current one included. */
export function windowTotals(byMonth: Record<string, MonthTotals>, now: Date, config: TenantConfig): WindowTotals {
  const firstMonth = firstMonthOfWindow(now, config.qualificationWindowMonths);
  const currentMonth = now.toISOString().slice(0, 7);
  const totals = { stays: 0, nights: 0, spend: 0 };
  for (const [month, figures] of Object.entries(byMonth)) {
    if (month < firstMonth || month > currentMonth) continue;
    totals.stays += figures.stays;
    totals.nights += figures.nights;
    totals.spend += toBaseCurrency(figures.revenueByCurrency, config).amount;
  }
  return totals;
}

type Floor = TenantConfig['qualificationFloors']['key'];

function floorsMet(floor: Floor, totals: WindowTotals): string[] {
  return (['nights', 'stays', 'spend'] as const).filter(
    (path) => floor[path] !== undefined && totals[path] >= floor[path]!,
  );
}

/** The tier a guest qualifies for now, and why: by value percentile, or by a floor on any path. */
export function qualifyTier(
  valuePercentile: number,
  totals: WindowTotals,
  config: TenantConfig,
): { tier: Tier; reasons: string[] } {
  const keyFloors = floorsMet(config.qualificationFloors.key, totals);
  if (valuePercentile >= 100 * (1 - config.tierShares.key)) return { tier: 'key', reasons: ['value_top_share'] };
  if (keyFloors.length > 0) return { tier: 'key', reasons: keyFloors.map((p) => `floor_${p}`) };
  const normalFloors = floorsMet(config.qualificationFloors.normal, totals);
  if (valuePercentile >= 100 * (1 - config.tierShares.key - config.tierShares.normal)) {
    return { tier: 'normal', reasons: ['value_middle_share'] };
  }
  if (normalFloors.length > 0) return { tier: 'normal', reasons: normalFloors.map((p) => `floor_${p}`) };
  return { tier: 'small', reasons: ['below_floors_and_shares'] };
}

export interface TierStatus {
  tier: Tier;
  since: string;
}

/**
 * Between reviews a guest only moves up: an upgrade applies at once, a lower qualification
 * waits for the scheduled review (which applies the grace period).
 */
export function applyBetweenReviews(current: TierStatus | undefined, qualified: Tier, now: Date): TierStatus {
  if (!current || rank[qualified] > rank[current.tier]) return { tier: qualified, since: now.toISOString() };
  return current;
}

/** The last day a tier earned on `since` is guaranteed: the end of the year `tierHoldYears` later. */
export function tierHoldsUntil(since: string, config: TenantConfig): Date {
  return new Date(Date.UTC(new Date(since).getUTCFullYear() + config.tierHoldYears, 11, 31, 23, 59, 59));
}

/**
 * At the scheduled review a guest moves down only when both have passed: the time their
 * status holds (to the end of the following year by default) and the grace period since
 * they first qualified lower.
 */
export function applyAtReview(
  current: TierStatus,
  qualified: Tier,
  qualifiedBelowSince: string | null,
  now: Date,
  config: TenantConfig,
): TierStatus {
  if (rank[qualified] >= rank[current.tier] || qualifiedBelowSince === null)
    return applyBetweenReviews(current, qualified, now);
  const graceEnds = Date.parse(qualifiedBelowSince) + config.gracePeriodDays * 86_400_000;
  const expired = now.getTime() > tierHoldsUntil(current.since, config).getTime();
  return expired && now.getTime() >= graceEnds ? { tier: qualified, since: now.toISOString() } : current;
}
