import { PreconditionFailedError } from '../domain/errors.js';
import { sameContent } from '../domain/same-content.js';
import type { EstimateLifetime } from '../domain/scoring/score-guest.js';
import { buildScoreRecord, type ScoreRecord, scoringInputs } from '../domain/scoring/score-record.js';
import type { GuestHeaderRepository } from '../store/guest-header-repository.js';
import type { ScoreRepository, StoredScore } from '../store/score-repository.js';
import type { TenantRepository } from '../store/tenant-repository.js';

export interface ScoringDeps {
  headers: GuestHeaderRepository;
  scores: ScoreRepository;
  tenants: TenantRepository;
  estimateLifetime: EstimateLifetime;
  now: () => Date;
}

export type RescoreOutcome = 'written' | 'unchanged' | 'no-guest';

const maxRaceRetries = 3;

/** The part of a stored score that scoring computes (not when, which revision, or whose). */
function scoreFields(stored: StoredScore & { guestId?: string }): ScoreRecord {
  const { computedAt: _at, revision: _revision, guestId: _guestId, ...score } = stored;
  return score;
}

export const startOfDay = (now: Date) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));

/**
 * Recomputes one guest's score from their current data. A fixed point: when nothing changed
 * the score is not written, so a redelivered record writes nothing. Two calls in the common
 * case: one Query for the guest, one conditional write (tenant settings are cached).
 */
export async function rescoreGuest(deps: ScoringDeps, tenant: string, guestId: string): Promise<RescoreOutcome> {
  for (let tries = 1; ; tries += 1) {
    const header = await deps.headers.readHeader(tenant, guestId, { consistent: true });
    if (!header.profile) return 'no-guest';
    const { config, population } = await deps.tenants.readSettings(tenant);
    const today = startOfDay(deps.now());
    const inputs = scoringInputs(
      header.profile.segment,
      header.summary,
      Object.values(header.referrals),
      header.feedback,
      today,
    );
    const accountManagerId = header.profile.accountManagerId ?? null;
    const score = buildScoreRecord(
      inputs,
      header.score,
      accountManagerId,
      population,
      config,
      today,
      deps.estimateLifetime,
    );
    if (header.score && sameContent(scoreFields(header.score), score)) return 'unchanged';
    try {
      await deps.scores.saveScore(tenant, guestId, score, header.score?.revision, deps.now());
    } catch (error) {
      if (error instanceof PreconditionFailedError && tries < maxRaceRetries) continue;
      throw error;
    }
    const referrer = header.profile.referredBy;
    if (referrer && header.score?.components.directProfit !== score.components.directProfit) {
      await deps.scores.recordReferral(tenant, referrer, guestId, score.components.directProfit);
    }
    return 'written';
  }
}
