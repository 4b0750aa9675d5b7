import type { TenantConfig } from '../../schemas/tenant-config.js';
import type { StaySummary } from '../stay-summary.js';
import { toBaseCurrency } from './money.js';
import { percentileOf, type PopulationModel } from './population.js';
import { type FeedbackAggregate, loyaltyScore, quadrantOf, type Quadrant, satisfactionScore } from './quadrant.js';
import { applyBetweenReviews, qualifyTier, type Tier, type TierStatus, windowTotals } from './tier.js';

/** A guest's purchase history in the lifetime-value model's terms (time in weeks). */
export interface PurchaseHistory {
  x: number;
  tx: number;
  T: number;
}

export interface LifetimeEstimate {
  expectedStays12m: number;
  pAlive: number;
  value12m: number;
}

/** The lifetime-value model as scoring needs it; see lifetime.ts for the implementation. */
export type EstimateLifetime = (
  history: PurchaseHistory,
  meanProfitPerStay: number,
  population: PopulationModel,
  config: TenantConfig,
) => LifetimeEstimate;

/** The parts of a guest's stay totals that scoring reads. */
export type ScoringSummary = Pick<
  StaySummary,
  'completedStays' | 'nights' | 'byCurrency' | 'byMonth' | 'firstStayOn' | 'lastStayOn'
>;

export interface GuestScoringInput {
  segment?: 'corporate' | 'leisure' | 'agency' | 'group';
  summary: ScoringSummary;
  /** Direct profit (base currency) of the guests this guest referred, and how many they are. */
  referrals: { count: number; directProfit: number };
  feedback?: FeedbackAggregate;
  previous?: { tier: Tier; tierSince: string; belowTierSince: string | null };
}

export interface GuestScore {
  tier: Tier;
  tierSince: string;
  qualifiedTier: Tier;
  belowTierSince: string | null;
  tierReasons: string[];
  valueScore: number;
  currency: string;
  components: { directProfit: number; potentialProfit: number; influence: number };
  clv: { expectedStays12m: number; pAlive: number | null; value12m: number };
  satisfaction: number | null;
  loyalty: number;
  quadrant: Quadrant;
  computedFrom: {
    completedStays: number;
    nights: number;
    feedbackCount: number;
    referrals: number;
    populationVersion: string;
    purchaseModel: TenantConfig['purchaseModel'];
    unconvertedCurrencies: string[];
  };
}

const weekMs = 7 * 86_400_000;
const weeksBetween = (from: string, to: Date) => Math.max(0, (to.getTime() - Date.parse(from)) / weekMs);
const money = (value: number) => Math.round(value * 100) / 100;

/** A guest's purchase history in weeks, or undefined before their first completed stay. */
export function purchaseHistory(summary: ScoringSummary, today: Date): PurchaseHistory | undefined {
  if (summary.completedStays === 0 || !summary.firstStayOn || !summary.lastStayOn) return undefined;
  const T = weeksBetween(summary.firstStayOn, today);
  return {
    x: summary.completedStays - 1,
    tx: Math.min(T, weeksBetween(summary.firstStayOn, new Date(summary.lastStayOn))),
    T,
  };
}

/**
 * Scores one guest: direct profit from completed stays, potential profit from the lifetime-value
 * model, influence from referrals and segment, their percentile in the tenant, the tier they
 * hold (upgrades at once, downgrades only at review) and their satisfaction–loyalty quadrant.
 * `today` is a day, so scoring the same data twice in a day gives the same score.
 */
export function scoreGuest(
  input: GuestScoringInput,
  population: PopulationModel,
  config: TenantConfig,
  today: Date,
  estimateLifetime: EstimateLifetime,
): GuestScore {
  const revenue = toBaseCurrency(
    mapValues(input.summary.byCurrency, (t) => t.revenue),
    config,
  );
  const cost = toBaseCurrency(
    mapValues(input.summary.byCurrency, (t) => t.cost),
    config,
  );
  const directProfit = money(revenue.amount - cost.amount);
  const past = purchaseHistory(input.summary, today);
  const meanProfit = input.summary.completedStays > 0 ? directProfit / input.summary.completedStays : 0;
  const lifetime = past ? estimateLifetime(past, Math.max(meanProfit, 0), population, config) : undefined;
  const potentialProfit = money(lifetime?.value12m ?? 0);
  const segmentShare = (input.segment && config.segmentInfluence[input.segment]) ?? 0;
  const influence = money(
    input.referrals.directProfit * config.referralCredit + Math.max(directProfit, 0) * segmentShare,
  );
  const valueScore = percentileOf(directProfit + potentialProfit + influence, population.valueQuantiles);
  const qualified = qualifyTier(valueScore, windowTotals(input.summary.byMonth, today, config), config);
  const previous: TierStatus | undefined = input.previous && {
    tier: input.previous.tier,
    since: input.previous.tierSince,
  };
  const held = applyBetweenReviews(previous, qualified.tier, today);
  const below = held.tier !== qualified.tier;
  const satisfaction = satisfactionScore(input.feedback);
  const loyalty = loyaltyScore(input.summary.completedStays, lifetime?.pAlive ?? null);
  return {
    tier: held.tier,
    tierSince: held.since,
    qualifiedTier: qualified.tier,
    belowTierSince: below ? (input.previous?.belowTierSince ?? today.toISOString()) : null,
    tierReasons: qualified.reasons,
    valueScore,
    currency: config.currency,
    components: { directProfit, potentialProfit, influence },
    clv: {
      expectedStays12m: Math.round((lifetime?.expectedStays12m ?? 0) * 1000) / 1000,
      pAlive: lifetime ? Math.round(lifetime.pAlive * 1000) / 1000 : null,
      value12m: potentialProfit,
    },
    satisfaction,
    loyalty,
    quadrant: quadrantOf(satisfaction, loyalty),
    computedFrom: {
      completedStays: input.summary.completedStays,
      nights: input.summary.nights,
      feedbackCount: input.feedback?.count ?? 0,
      referrals: input.referrals.count,
      populationVersion: population.version,
      purchaseModel: config.purchaseModel,
      unconvertedCurrencies: [...new Set([...revenue.unconverted, ...cost.unconverted])],
    },
  };
}

function mapValues<T>(record: Record<string, T>, pick: (value: T) => number): Record<string, number> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, pick(value)]));
}
