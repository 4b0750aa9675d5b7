import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { sameContent } from '../../domain/same-content.js';
import { recalculationDeps } from '../../services/recalculation-runtime.js';
import { runRecalculation } from '../../services/recalculation.js';
import { startRecalculation } from '../../services/recalculation-start.js';
import type { Store } from '../../store/client.js';
import { stripKeys } from '../../store/items.js';
import { batchPutAll } from '../../store/batch.js';
import { readScoreShards, scoreShardsOfSegment } from '../../store/score-shards.js';
import { startOfDay } from '../../services/scoring.js';
import { type BenchContext, type BenchResult, costModelInput, exactly, ratioAtMost } from '../result.js';
import { seedScoredPopulation } from '../score-population.js';
import type { EngineUnderTest } from '../engine.js';
import { alternate, median } from '../rounds.js';

const tenant = 'bench-recalc';
const writeConcurrency = 16;
/** A typical night: a tenth of the scores were written against an older model. */
const staleShare = 0.1;

const readAllScores = (store: Store) => readScoreShards(store, tenant, scoreShardsOfSegment(0, 1));

/** Score items by guest, without what every write changes (revision, time). */
const byGuest = (items: readonly object[]) =>
  new Map(
    (items as Record<string, unknown>[]).map(({ computedAt: _c, revision: _r, ...item }) => [
      String(item.guestId),
      item,
    ]),
  );

/**
 * The floor: the same read of the tenant's scores (a Query of each shard of the scores index),
 * then `writes` conditional puts of items of the same size. Answers its time.
 */
async function bareReadAndWrites(store: Store, writes: number): Promise<number> {
  const started = performance.now();
  const items = await readAllScores(store);
  let next = 0;
  const writer = async () => {
    for (let item = items[next++]; item && next <= writes; item = items[next++]) {
      await store.client.send(
        new PutCommand({
          TableName: store.tableName,
          Item: { ...item, revision: Number(item.revision) + 1 },
          ConditionExpression: 'revision = :previous',
          ExpressionAttributeValues: { ':previous': item.revision },
        }),
      );
    }
  };
  await Promise.all(Array.from({ length: writeConcurrency }, writer));
  return performance.now() - started;
}

async function timedRun(store: Store): Promise<{ ms: number; written: number }> {
  const deps = recalculationDeps(store);
  const started = performance.now();
  const job = await startRecalculation(deps, tenant, 1);
  await runRecalculation(deps, tenant, job.jobId);
  const ms = performance.now() - started;
  const done = await deps.recalc.getJob(tenant, job.jobId);
  if (done?.status !== 'succeeded') throw new Error(`recalculation ${job.jobId} ${done?.status}: ${done?.error}`);
  return { ms, written: Number(done.summary?.scoresWritten ?? Number.NaN) };
}

/**
 * The scheduled job over a whole population (the night after the previous run, a tenth of the
 * scores written against an older model), against a bare read of the same index plus as many
 * writes as there are stale scores, in alternating rounds (the stale scores put back before each
 * run of the job); the writes against the guests whose score really changed; and an immediate rerun.
 */
export async function recalculationCase(context: BenchContext, engine: EngineUnderTest): Promise<BenchResult[]> {
  const guests = context.quick ? 3_000 : 100_000;
  const label = context.quick ? '3k' : '100k';
  const rounds = context.quick ? 1 : 2;
  const seedStarted = performance.now();
  const seeded = await seedScoredPopulation(engine.store, tenant, guests, startOfDay(new Date()), staleShare);
  context.log(`recalculation: seeded ${guests} scores in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);
  // DynamoDB Local's first pass over a freshly written index is its slowest (the JVM and its
  // pages warm up): an untimed read first, so that neither side pays it alone.
  await readAllScores(engine.store);
  let runsOfTheJob = 0;
  const measured = await alternate(
    rounds,
    () => bareReadAndWrites(engine.store, seeded.stale.length).then((ms) => ({ ms, written: seeded.stale.length })),
    async () => {
      if (runsOfTheJob++ > 0) await batchPutAll(engine.store, seeded.stale, writeConcurrency);
      return timedRun(engine.store);
    },
  );
  for (const [round, run] of measured.product.entries()) {
    const floorMs = measured.floor[round]!.ms;
    context.log(
      `recalculation: round ${round + 1}: floor ${(floorMs / 1000).toFixed(1)} s, job ${(run.ms / 1000).toFixed(1)} s, ${run.written} writes`,
    );
  }
  const before = byGuest(seeded.items.map(stripKeys));
  const after = byGuest((await readAllScores(engine.store)).map(stripKeys));
  const changed = [...after].filter(([guestId, item]) => !sameContent(before.get(guestId), item)).length;
  const worstWrites = Math.max(...measured.product.map(({ written }) => Math.abs(written - changed)));
  const rerun = await timedRun(engine.store);
  context.log(`recalculation: ${changed} scores changed; rerun ${(rerun.ms / 1000).toFixed(1)} s`);
  const meanItemKb = seeded.items.reduce((sum, item) => sum + JSON.stringify(item).length, 0) / guests / 1024;
  const ms = (runs: { ms: number }[]) => median(runs.map((run) => run.ms));
  return [
    costModelInput('recalculation: mean size of a score item (JSON)', meanItemKb, 'KB'),
    ratioAtMost(
      `recalculation, ${label} guests (${staleShare * 100}% out of date)`,
      ms(measured.product),
      ms(measured.floor),
      'ms',
      1.5,
    ),
    exactly(`recalculation: writes other than the ${changed} changed guests, worst run`, worstWrites, 'writes', 0),
    exactly('recalculation: writes on an immediate rerun', rerun.written, 'writes', 0),
  ];
}
