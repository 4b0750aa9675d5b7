import { cdnowDataDirectory } from '../../clv/cdnow-data.js';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCustomerCsv } from '../../clv/csv.js';
import { fitPurchaseModel } from '../../domain/clv/bgnbd.js';
import { fitSpendModel } from '../../domain/clv/gamma-gamma.js';
import { estimateLifetime } from '../../domain/scoring/lifetime.js';
import { defaultPopulation, type PopulationModel } from '../../domain/scoring/population.js';
import { defaultTenantConfig } from '../../schemas/tenant-config.js';
import { percentile } from '../load.js';
import { atMost, type BenchContext, type BenchResult } from '../result.js';
import { syntheticGuests } from '../synthetic-guests.js';

/** The CDNOW summary the CLV code has been checked against. */
export const cdnowFile = join(cdnowDataDirectory(), 'cdnow_customers_summary_with_transactions.csv');
const fullPopulation = 1_000_000;
const quickPopulation = 200_000;

function readCdnow() {
  if (!existsSync(cdnowFile)) {
    throw new Error(`CLV: ${cdnowFile} is missing`);
  }
  const { customers, spend } = parseCustomerCsv(readFileSync(cdnowFile, 'utf8'));
  if (!spend) throw new Error(`CLV: ${cdnowFile} has no spend column (zbar)`);
  return { customers, spend };
}

/** Median milliseconds of `runs` calls of `work`, and what the last call answered. */
function timed<T>(runs: number, work: () => T): { medianMs: number; result: T } {
  const samples: number[] = [];
  let result = undefined as T;
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    result = work();
    samples.push(performance.now() - started);
  }
  return { medianMs: percentile(samples, 50), result };
}

/**
 * The population refit of the product (its purchase model, MBG/NBD by default, then Gamma-Gamma) on the
 * CDNOW customers; then the 12-month valuation of scoring (estimateLifetime) for a million synthetic
 * guests drawn from that fit, in this process on one thread.
 */
export async function clvCase(context: BenchContext): Promise<BenchResult[]> {
  const { customers, spend } = readCdnow();
  const config = defaultTenantConfig;
  const model = config.purchaseModel;

  // What the recalculation's plan step does (fitPopulation), minus its rounding of the parameters.
  const fit = timed(context.quick ? 2 : 5, () => ({
    purchase: fitPurchaseModel(customers, { model }),
    spend: fitSpendModel(spend),
  }));
  const fitMs = fit.medianMs;
  const { purchase, spend: spendFit } = fit.result;
  context.log(
    `CLV fit: ${model} + Gamma-Gamma on ${customers.length} CDNOW customers in ${fitMs.toFixed(1)} ms (median); ` +
      `r=${purchase.params.r.toFixed(3)} α=${purchase.params.alpha.toFixed(3)} ` +
      `a=${purchase.params.a.toFixed(3)} b=${purchase.params.b.toFixed(3)}`,
  );

  const count = context.quick ? quickPopulation : fullPopulation;
  // CDNOW's time unit is the week, as the product's; three years of steady acquisition give the ages.
  const guests = syntheticGuests(purchase.params, spendFit.params, {
    guests: count,
    seed: 2357,
    model,
    maxAgeWeeks: 156,
  });
  const population: PopulationModel = {
    ...defaultPopulation,
    version: 'bench-cdnow',
    guests: count,
    purchase: purchase.params,
    spend: spendFit.params,
  };
  let totalValue = 0;
  const started = performance.now();
  for (const guest of guests) totalValue += estimateLifetime(guest, guest.meanSpend, population, config).value12m;
  const measuredMs = performance.now() - started;
  const valueMs = (measuredMs * fullPopulation) / count;
  // The total is logged so that the loop's results are used, and to show that a change kept them.
  const extrapolated = count === fullPopulation ? '' : `, ×${fullPopulation / count} = ${valueMs.toFixed(0)} ms for 1M`;
  context.log(
    `CLV expected value: ${count.toLocaleString('en-US')} guests in ${measuredMs.toFixed(0)} ms${extrapolated}; ` +
      `total 12-month value ${totalValue.toFixed(2)}`,
  );
  return [
    atMost(`CLV fit (CDNOW, ${customers.length.toLocaleString('en-US')} customers)`, fitMs, 'ms', 1000),
    atMost('CLV expected value, 1M guests', valueMs, 'ms', 5000),
  ];
}
