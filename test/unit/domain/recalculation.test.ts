import { describe, expect, it } from 'vitest';
import { paretoCurve } from '../../../lib/domain/recalculation/pareto.js';
import { fitPopulation } from '../../../lib/domain/recalculation/population-fit.js';
import { reviewGuest } from '../../../lib/domain/recalculation/review.js';
import { estimateLifetime } from '../../../lib/domain/scoring/lifetime.js';
import { defaultPopulation } from '../../../lib/domain/scoring/population.js';
import { buildScoreRecord, type ScoringInputs, scoringInputs } from '../../../lib/domain/scoring/score-record.js';
import { summarizeStays } from '../../../lib/domain/stay-summary.js';
import { generatePopulation } from '../../../lib/seed/population.js';
import { defaultTenantConfig } from '../../../lib/schemas/tenant-config.js';

const today = new Date('2026-12-04T00:00:00Z');
const population: ScoringInputs[] = generatePopulation({ guests: 400, seed: 9, asOf: today }).map((guest) =>
  scoringInputs(
    guest.profile.segment,
    summarizeStays(
      guest.stays.map(({ stay }) => ({
        status: stay.status,
        checkIn: stay.checkIn,
        nights: 2,
        currency: stay.currency,
        cost: stay.cost,
        revenue: stay.revenue.room + stay.revenue.fnb + stay.revenue.other,
      })),
    ),
    [],
    undefined,
    today,
  ),
);

describe('the population fit', () => {
  it('is the same when run twice on the same data', () => {
    const first = fitPopulation(population, defaultPopulation, defaultTenantConfig, today, estimateLifetime);
    const second = fitPopulation(population, first, defaultTenantConfig, today, estimateLifetime);
    expect(second).toEqual(first);
  });

  it('puts a fifth of the guests above the 80th value percentile', () => {
    const model = fitPopulation(population, defaultPopulation, defaultTenantConfig, today, estimateLifetime);
    const tiers = population.map(
      (inputs) => buildScoreRecord(inputs, undefined, null, model, defaultTenantConfig, today, estimateLifetime).tier,
    );
    const keyShare = tiers.filter((t) => t === 'key').length / tiers.length;
    expect(keyShare).toBeGreaterThanOrEqual(0.19);
    expect(keyShare).toBeLessThan(0.35);
  });

  it('keeps the previous parameters when there is too little data to fit', () => {
    const model = fitPopulation(
      population.slice(0, 5),
      defaultPopulation,
      defaultTenantConfig,
      today,
      estimateLifetime,
    );
    expect(model.purchase).toEqual(defaultPopulation.purchase);
    expect(model.valueQuantiles).toEqual(defaultPopulation.valueQuantiles);
  });
});

describe('the review', () => {
  it('changes nothing when run again on its own result', () => {
    const model = fitPopulation(population, defaultPopulation, defaultTenantConfig, today, estimateLifetime);
    const first = buildScoreRecord(
      population[0]!,
      undefined,
      null,
      defaultPopulation,
      defaultTenantConfig,
      today,
      estimateLifetime,
    );
    const once = reviewGuest(first, model, defaultTenantConfig, today, estimateLifetime).record;
    expect(reviewGuest(once, model, defaultTenantConfig, today, estimateLifetime)).toEqual({
      record: once,
      movement: 'same',
    });
  });
});

describe('paretoCurve', () => {
  it('gives the top 20% share and a curve from 0 to 1', () => {
    const values = [...Array(80).fill(1), ...Array(20).fill(16)];
    const { topShare, curve } = paretoCurve(values);
    expect(topShare).toBe(0.8);
    expect(curve[0]).toBe(0);
    expect(curve[100]).toBe(1);
    expect(curve).toEqual([...curve].sort((a, b) => a - b));
  });

  it('answers zero shares for an empty or profitless population', () => {
    expect(paretoCurve([]).topShare).toBe(0);
    expect(paretoCurve([0, -5]).topShare).toBe(0);
  });
});
