import type { TenantConfig } from '../../schemas/tenant-config.js';
import { fitPurchaseModel } from '../clv/bgnbd.js';
import { fitSpendModel } from '../clv/gamma-gamma.js';
import { defaultPopulation, type PopulationModel } from '../scoring/population.js';
import { type EstimateLifetime, purchaseHistory } from '../scoring/score-guest.js';
import { buildScoreRecord, type ScoringInputs } from '../scoring/score-record.js';

/** Fewer guests than this say too little to fit a model on; the previous parameters stay. */
const minimumForPurchaseFit = 50;
const minimumForSpendFit = 30;

/** Composite value (direct + potential + influence) of a score. */
export const compositeValue = (components: { directProfit: number; potentialProfit: number; influence: number }) =>
  components.directProfit + components.potentialProfit + components.influence;

function quantiles(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return defaultPopulation.valueQuantiles;
  return Array.from(
    { length: 101 },
    (_, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * (sorted.length - 1)))]!,
  );
}

/**
 * Refits the tenant's population model: the purchase model on every guest's (x, t_x, T),
 * the spend model on repeat guests' mean profit per stay, then the value distribution that
 * percentiles and tiers are measured against. A fit that fails or lacks data keeps the
 * previous parameters. Deterministic: the same guests on the same day give the same model.
 */
export function fitPopulation(
  population: readonly ScoringInputs[],
  previous: PopulationModel,
  config: TenantConfig,
  today: Date,
  estimateLifetime: EstimateLifetime,
): PopulationModel {
  const histories = population.flatMap((inputs) => purchaseHistory(inputs.summary, today) ?? []);
  let purchase = previous.purchase;
  if (histories.length >= minimumForPurchaseFit) {
    const fit = safely(() => fitPurchaseModel(histories, { model: config.purchaseModel }).params);
    if (fit) purchase = fit;
  }
  const spendHistories = population.flatMap((inputs) => {
    const { completedStays, byCurrency } = inputs.summary;
    const profit = Object.values(byCurrency).reduce((sum, t) => sum + t.revenue - t.cost, 0);
    return completedStays > 1 && profit > 0 ? [{ x: completedStays - 1, meanSpend: profit / completedStays }] : [];
  });
  const spend =
    spendHistories.length >= minimumForSpendFit
      ? (safely(() => fitSpendModel(spendHistories).params, positiveAndFinite) ?? previous.spend)
      : previous.spend;
  const provisional: PopulationModel = { ...previous, purchase, spend };
  const composites = population.map((inputs) =>
    compositeValue(buildScoreRecord(inputs, undefined, null, provisional, config, today, estimateLifetime).components),
  );
  return {
    version: `fit-${today.toISOString().slice(0, 10)}-${population.length}`,
    computedAt: today.toISOString(),
    guests: population.length,
    purchase,
    spend,
    valueQuantiles: composites.length >= minimumForPurchaseFit ? quantiles(composites) : previous.valueQuantiles,
  };
}

/**
 * A fit that ran to a boundary (a parameter near 0 or in the thousands: the data cannot tell
 * that parameter apart from its limit) is not used: predictions from it are unstable and slow.
 */
const plausible = (value: unknown) =>
  typeof value !== 'number' || (Number.isFinite(value) && value > 1e-3 && value < 1e4);

/** Spend parameters scale with the currency, so only their sign and finiteness are checked. */
const positiveAndFinite = (value: unknown) => typeof value !== 'number' || (Number.isFinite(value) && value > 0);

/** Fitted parameters rounded to four significant digits, so that refitting the same data lands on the same model. */
const rounded = <T extends object>(params: T): T =>
  Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, typeof v === 'number' ? Number(v.toPrecision(4)) : v]),
  ) as T;

function safely<T extends object>(fit: () => T, acceptable: (value: unknown) => boolean = plausible): T | undefined {
  try {
    const result = fit();
    return Object.values(result).every(acceptable) ? rounded(result) : undefined;
  } catch {
    return undefined;
  }
}
