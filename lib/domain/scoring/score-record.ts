import type { TenantConfig } from '../../schemas/tenant-config.js';
import type { StaySummary } from '../stay-summary.js';
import type { PopulationModel } from './population.js';
import type { FeedbackAggregate } from './quadrant.js';
import { monthsStillCounting } from './tier.js';
import {
  type EstimateLifetime,
  type GuestScore,
  type GuestScoringInput,
  scoreGuest,
  type ScoringSummary,
} from './score-guest.js';

/** What a score was computed from, kept on it so the scheduled review can recompute it from the score alone. */
export interface ScoringInputs {
  segment?: GuestScoringInput['segment'];
  summary: ScoringSummary;
  referrals: { count: number; directProfit: number };
  feedback?: FeedbackAggregate;
}

/** A score as stored: with its inputs and the guest's manager, so population jobs and reports read one item per guest. */
export interface ScoreRecord extends GuestScore {
  accountManagerId: string | null;
  inputs: ScoringInputs;
}

/**
 * The scoring inputs of a guest, from their profile, totals, referral ledger and feedback, as of
 * `today`: only the months a qualification window can still count are kept.
 */
export function scoringInputs(
  segment: GuestScoringInput['segment'],
  summary: StaySummary,
  referralProfits: number[],
  feedback: FeedbackAggregate | undefined,
  today: Date,
): ScoringInputs {
  const { completedStays, nights, byCurrency, firstStayOn, lastStayOn } = summary;
  const byMonth = monthsStillCounting(summary.byMonth, today);
  return {
    ...(segment && { segment }),
    summary: { completedStays, nights, byCurrency, byMonth, firstStayOn, lastStayOn },
    referrals: {
      count: referralProfits.length,
      directProfit: referralProfits.reduce((sum, p) => sum + Math.max(p, 0), 0),
    },
    ...(feedback && { feedback }),
  };
}

/** Scores a guest and keeps what the score was computed from. */
export function buildScoreRecord(
  inputs: ScoringInputs,
  previous: GuestScoringInput['previous'],
  accountManagerId: string | null,
  population: PopulationModel,
  config: TenantConfig,
  today: Date,
  estimateLifetime: EstimateLifetime,
): ScoreRecord {
  const score = scoreGuest({ ...inputs, previous }, population, config, today, estimateLifetime);
  return { ...score, accountManagerId, inputs };
}
