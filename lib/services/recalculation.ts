import { ConflictError, NotFoundError, PreconditionFailedError } from '../domain/errors.js';
import { leaseMs } from './recalculation-start.js';
import { paretoCurve } from '../domain/recalculation/pareto.js';
import { compositeValue, fitPopulation } from '../domain/recalculation/population-fit.js';
import { reviewGuest } from '../domain/recalculation/review.js';
import { sameContent } from '../domain/same-content.js';
import type { EstimateLifetime } from '../domain/scoring/score-guest.js';
import type { RecalculationJob, RecalculationRepository } from '../store/recalculation-repository.js';
import type { ScoreRepository, StoredScore } from '../store/score-repository.js';
import type { TenantRepository } from '../store/tenant-repository.js';
import { startOfDay } from './scoring.js';

export interface RecalculationDeps {
  recalc: RecalculationRepository;
  scores: ScoreRepository;
  tenants: TenantRepository;
  estimateLifetime: EstimateLifetime;
  now: () => Date;
}

/** Up to this many guests are fitted on; beyond, the fit uses this many (a sample is as good for four parameters). */
const fitSampleSize = 50_000;
const writeConcurrency = 16;

/** Keeps the lease of a job that is still working; losing it means another run took over. */
async function renewLease(deps: RecalculationDeps, tenant: string, jobId: string): Promise<void> {
  if (!(await deps.recalc.acquireLease(tenant, jobId, deps.now(), leaseMs))) {
    throw new ConflictError(`recalculation ${jobId} lost its lease to another run`);
  }
}

async function requireJob(deps: RecalculationDeps, tenant: string, jobId: string): Promise<RecalculationJob> {
  const job = await deps.recalc.getJob(tenant, jobId);
  if (!job) throw new NotFoundError(`no recalculation ${jobId}`);
  return job;
}

const without = ({ computedAt: _c, revision: _r, guestId: _g, ...record }: StoredScore & { guestId?: string }) =>
  record;

type ScoreRow = StoredScore & { guestId: string };

/** (a) and (b): refits the population model and the value distribution, and stores the Pareto report. */
export async function planRecalculation(deps: RecalculationDeps, tenant: string, jobId: string): Promise<number[]> {
  return (await planReading(deps, tenant, jobId)).segments;
}

type Review = ReturnType<typeof reviewGuest>;

/** A segment the plan read whole and reviewed against the new model, as of `today`. */
interface ReadSegment {
  rows: ScoreRow[];
  reviews: Review[];
  modelVersion: string;
  today: number;
}

/** The plan, answering also the segments it read and reviewed (each apply step would do both again). */
async function planReading(
  deps: RecalculationDeps,
  tenant: string,
  jobId: string,
): Promise<{ segments: number[]; read: Map<number, ReadSegment> }> {
  const job = await requireJob(deps, tenant, jobId);
  await renewLease(deps, tenant, jobId);
  const { config, population: previous } = await deps.tenants.readSettings(tenant);
  const sample: StoredScore[] = [];
  const segmentRows = new Map<number, ScoreRow[]>();
  for (let segment = 0; segment < job.totalSegments && sample.length < fitSampleSize; segment += 1) {
    const rows = await deps.recalc.readSegment(tenant, segment, job.totalSegments);
    segmentRows.set(segment, rows);
    sample.push(...rows);
  }
  const today = startOfDay(deps.now());
  const population = fitPopulation(
    sample.slice(0, fitSampleSize).map((s) => s.inputs),
    previous,
    config,
    today,
    deps.estimateLifetime,
  );
  await deps.recalc.savePopulation(tenant, population);
  const read = new Map<number, ReadSegment>();
  for (const [segment, rows] of segmentRows) {
    const reviews = rows.map((s) => reviewGuest(without(s), population, config, today, deps.estimateLifetime));
    read.set(segment, { rows, reviews, modelVersion: population.version, today: today.getTime() });
  }
  const reviewed = [...read.values()].flatMap(({ reviews }) => reviews.map((r) => r.record));
  await deps.recalc.saveReport(tenant, 'PARETO', {
    computedAt: deps.now().toISOString(),
    guests: reviewed.length,
    directProfit: paretoCurve(reviewed.map((r) => r.components.directProfit)),
    totalValue: paretoCurve(reviewed.map((r) => compositeValue(r.components))),
    modelVersion: population.version,
  });
  await deps.recalc.putJob({ ...job, phase: 'apply' });
  return { segments: Array.from({ length: job.totalSegments }, (_, i) => i), read };
}

/** (c) and (d): re-tiers one segment of guests and writes only those whose score or tier changed. */
export async function applySegment(
  deps: RecalculationDeps,
  tenant: string,
  jobId: string,
  segment: number,
  alreadyRead?: ReadSegment,
): Promise<void> {
  const job = await requireJob(deps, tenant, jobId);
  if (job.segmentsDone?.includes(String(segment))) return;
  await renewLease(deps, tenant, jobId);
  const { config, population } = await deps.tenants.readSettings(tenant);
  const today = startOfDay(deps.now());
  // Rows read by the plan may have changed since; the writes are conditional on their revision.
  const rows = alreadyRead?.rows ?? (await deps.recalc.readSegment(tenant, segment, job.totalSegments));
  // The plan's reviews stand while the model and the day are those they were made with.
  const planned =
    alreadyRead?.modelVersion === population.version && alreadyRead.today === today.getTime()
      ? alreadyRead.reviews
      : undefined;
  const counters: Record<string, number> = { seen: 0, written: 0, upgrades: 0, downgrades: 0 };
  const bump = (name: string, by = 1) => (counters[name] = (counters[name] ?? 0) + by);
  let next = 0;
  const worker = async () => {
    while (next < rows.length) {
      const index = next++;
      const stored = rows[index]!;
      const { record, movement } =
        planned?.[index] ?? reviewGuest(without(stored), population, config, today, deps.estimateLifetime);
      if (bump('seen') % 2_000 === 0) await renewLease(deps, tenant, jobId);
      bump(`tier_${record.tier}`);
      bump(`value_${record.tier}`, Math.round(compositeValue(record.components)));
      if (movement === 'up') bump('upgrades');
      if (movement === 'down') bump('downgrades');
      if (sameContent(without(stored), record)) continue;
      // A score the stream changed meanwhile is newer than this review: leave it.
      await deps.scores.saveScore(tenant, stored.guestId, record, stored.revision, deps.now()).then(
        () => bump('written'),
        (error: unknown) => (error instanceof PreconditionFailedError ? undefined : Promise.reject(error)),
      );
    }
  };
  await Promise.all(Array.from({ length: writeConcurrency }, worker));
  await deps.recalc.recordSegment(tenant, jobId, segment, counters);
}

const tiers = ['key', 'normal', 'small'] as const;

/** (e): stores the tiers report and the job's summary, and lets the next run take the lease. */
export async function finishRecalculation(
  deps: RecalculationDeps,
  tenant: string,
  jobId: string,
): Promise<RecalculationJob> {
  const job = await requireJob(deps, tenant, jobId);
  const counters = job.counters ?? {};
  const previous = (await deps.recalc.readReport(tenant, 'TIERS')) as
    { tiers?: Record<string, { guests: number }> } | undefined;
  const seen = counters.seen ?? 0;
  const totalValue = tiers.reduce((sum, tier) => sum + (counters[`value_${tier}`] ?? 0), 0);
  const tierRows = Object.fromEntries(
    tiers.map((tier) => {
      const guests = counters[`tier_${tier}`] ?? 0;
      const value = counters[`value_${tier}`] ?? 0;
      return [
        tier,
        {
          guests,
          value,
          shareOfGuests: seen ? Math.round((guests / seen) * 10_000) / 10_000 : 0,
          shareOfValue: totalValue ? Math.round((value / totalValue) * 10_000) / 10_000 : 0,
          changeSinceLastRun: previous?.tiers?.[tier] ? guests - previous.tiers[tier].guests : null,
        },
      ];
    }),
  );
  const finishedAt = deps.now();
  const { population, config } = await deps.tenants.readSettings(tenant);
  await deps.recalc.saveReport(tenant, 'TIERS', {
    computedAt: finishedAt.toISOString(),
    guests: seen,
    // Values are summed in the tenant's base currency.
    currency: config.currency,
    tiers: tierRows,
    upgrades: counters.upgrades ?? 0,
    downgrades: counters.downgrades ?? 0,
  });
  const done: RecalculationJob = {
    ...job,
    status: 'succeeded',
    phase: 'done',
    finishedAt: finishedAt.toISOString(),
    summary: {
      guestsSeen: seen,
      scoresWritten: counters.written ?? 0,
      upgrades: counters.upgrades ?? 0,
      downgrades: counters.downgrades ?? 0,
      modelVersion: population.version,
      durationMs: finishedAt.getTime() - Date.parse(job.startedAt),
    },
  };
  await deps.recalc.putJob(done);
  await deps.recalc.releaseLease(tenant, jobId);
  return done;
}

/** Marks a job failed and frees the lease, so a new run can start at once. */
export async function failRecalculation(
  deps: RecalculationDeps,
  tenant: string,
  jobId: string,
  error: unknown,
): Promise<void> {
  const job = await deps.recalc.getJob(tenant, jobId);
  if (job)
    await deps.recalc.putJob({
      ...job,
      status: 'failed',
      finishedAt: deps.now().toISOString(),
      error: error instanceof Error ? error.message : String(error),
    });
  await deps.recalc.releaseLease(tenant, jobId);
}

/** The whole job in this process, one segment at a time: how it runs locally (DynamoDB Local ignores scan segments). */
export async function runRecalculation(deps: RecalculationDeps, tenant: string, jobId: string): Promise<void> {
  try {
    const { segments, read } = await planReading(deps, tenant, jobId);
    for (const segment of segments) {
      await applySegment(deps, tenant, jobId, segment, read.get(segment));
      read.delete(segment);
    }
    await finishRecalculation(deps, tenant, jobId);
  } catch (error) {
    await failRecalculation(deps, tenant, jobId, error);
  }
}
