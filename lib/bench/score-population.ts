import { fitPopulation } from '../domain/recalculation/population-fit.js';
import { reviewGuest } from '../domain/recalculation/review.js';
import { estimateLifetime } from '../domain/scoring/lifetime.js';
import { defaultPopulation } from '../domain/scoring/population.js';
import { buildScoreRecord, type ScoringInputs, scoringInputs } from '../domain/scoring/score-record.js';
import { summarizeStays } from '../domain/stay-summary.js';
import { defaultTenantConfig } from '../schemas/tenant-config.js';
import { generatePopulation } from '../seed/population.js';
import { batchPutAll } from '../store/batch.js';
import type { Store } from '../store/client.js';
import { dynamoRecalculationRepository } from '../store/recalculation-repository.js';
import { scoreItem } from '../store/score-repository.js';

const writersInFlight = 16;
/** The job fits on its first 50,000 guests in index order; so does the seeding, to find the same model. */
const fitSampleSize = 50_000;

function inputsOf(guests: number, today: Date): { guestId: string; inputs: ScoringInputs }[] {
  return generatePopulation({ guests, seed: 7, asOf: today })
    .map((guest) => {
      const summary = summarizeStays(
        guest.stays.map(({ stay }) => ({
          status: stay.status,
          checkIn: stay.checkIn,
          nights: Math.max(1, (Date.parse(stay.checkOut) - Date.parse(stay.checkIn)) / 86_400_000),
          currency: stay.currency,
          cost: stay.cost,
          revenue: stay.revenue.room + stay.revenue.fnb + stay.revenue.other,
        })),
      );
      return { guestId: guest.guestId, inputs: scoringInputs(guest.profile.segment, summary, [], undefined, today) };
    })
    .sort((a, b) => (a.guestId < b.guestId ? -1 : 1));
}

/**
 * The scores of a synthetic population (the seed generator's Pareto-like guests) as a nightly
 * run finds them the night after the previous one: the tenant's model stored, most scores as
 * that run left them, and `staleShare` of them scored against an older model (the default),
 * which this run must rewrite. Scores only, in batches of 25: the job reads nothing else.
 * Answers every item written, and the stale ones apart (to make them stale again between runs).
 */
export async function seedScoredPopulation(
  store: Store,
  tenant: string,
  guests: number,
  today: Date,
  staleShare: number,
): Promise<{ items: Record<string, unknown>[]; stale: Record<string, unknown>[] }> {
  const config = defaultTenantConfig;
  const population = inputsOf(guests, today);
  const model = fitPopulation(
    population.slice(0, fitSampleSize).map(({ inputs }) => inputs),
    defaultPopulation,
    config,
    today,
    estimateLifetime,
  );
  await dynamoRecalculationRepository(store).savePopulation(tenant, model);
  const staleEvery = Math.round(1 / staleShare);
  const items = population.map(({ guestId, inputs }, i) => {
    const stale = buildScoreRecord(inputs, undefined, null, defaultPopulation, config, today, estimateLifetime);
    const record = i % staleEvery === 0 ? stale : reviewGuest(stale, model, config, today, estimateLifetime).record;
    return scoreItem(tenant, guestId, { ...record, computedAt: today.toISOString(), revision: 1 });
  });
  await batchPutAll(store, items, writersInFlight);
  return { items, stale: items.filter((_, i) => i % staleEvery === 0) };
}
