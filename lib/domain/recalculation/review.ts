import type { TenantConfig } from '../../schemas/tenant-config.js';
import type { PopulationModel } from '../scoring/population.js';
import type { EstimateLifetime } from '../scoring/score-guest.js';
import { buildScoreRecord, type ScoreRecord } from '../scoring/score-record.js';
import { applyAtReview, type Tier } from '../scoring/tier.js';

const rank: Record<Tier, number> = { small: 0, normal: 1, key: 2 };

export type Movement = 'up' | 'down' | 'same';

/**
 * The scheduled review of one guest: rescored against the refitted population, then the tier
 * moved as reviews may (downgrades once status has expired and the grace period has passed).
 */
export function reviewGuest(
  stored: ScoreRecord,
  population: PopulationModel,
  config: TenantConfig,
  today: Date,
  estimateLifetime: EstimateLifetime,
): { record: ScoreRecord; movement: Movement } {
  const rescored = buildScoreRecord(
    stored.inputs,
    stored,
    stored.accountManagerId,
    population,
    config,
    today,
    estimateLifetime,
  );
  const held = applyAtReview(
    { tier: rescored.tier, since: rescored.tierSince },
    rescored.qualifiedTier,
    rescored.belowTierSince,
    today,
    config,
  );
  const record: ScoreRecord = {
    ...rescored,
    tier: held.tier,
    tierSince: held.since,
    belowTierSince: held.tier === rescored.qualifiedTier ? null : rescored.belowTierSince,
  };
  const movement =
    rank[record.tier] > rank[stored.tier] ? 'up' : rank[record.tier] < rank[stored.tier] ? 'down' : 'same';
  return { record, movement };
}
