import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { sameContent } from '../../domain/same-content.js';
import { recalculationDeps } from '../../services/recalculation-runtime.js';
import { runRecalculation, startRecalculation } from '../../services/recalculation.js';
import type { Store } from '../../store/client.js';
import { stripKeys } from '../../store/items.js';
import { readScoreShards, scoreShardsOfSegment } from '../../store/score-shards.js';
import { startOfDay } from '../../services/scoring.js';
import { type BenchContext, type BenchResult, costModelInput, exactly, ratioAtMost } from '../result.js';
import { seedScoredPopulation } from '../score-population.js';
import type { EngineUnderTest } from '../engine.js';

const tenant = 'bench-recalc';
const writeConcurrency = 16;
/** A typical night: a tenth of the scores were written against an older model. */
const staleShare = 0.1;

/** Score items by guest, without what every write changes (revision, time). */
const byGuest = (items: readonly object[]) =>
  new Map(
    (items as Record<string, unknown>[]).map(({ computedAt: _c, revision: _r, ...item }) => [
      String(item.guestId),
      item,
    ]),
  );

/**
 * The floor: the same read of the tenant's scores (a Query of each shard of the scores index), then `writes` conditional puts of items of the same size. Answers its time and what
 * it read.
 */
async function bareReadAndWrites(store: Store, writes: number) {
  const started = performance.now();
  const items = await readScoreShards(store, tenant, scoreShardsOfSegment(0, 1));
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
  const snapshot = byGuest(items.map(stripKeys));
  await Promise.all(Array.from({ length: writeConcurrency }, writer));
  return { ms: performance.now() - started, snapshot };
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
 * The scheduled job over a whole population (first run after the stream scored everyone against
 * the default model), against a bare read of the same index plus the writes the job had to make;
 * the writes against the guests whose score really changed; and an immediate rerun.
 */
export async function recalculationCase(context: BenchContext, engine: EngineUnderTest): Promise<BenchResult[]> {
  const guests = context.quick ? 3_000 : 100_000;
  const label = context.quick ? '3k' : '100k';
  const seedStarted = performance.now();
  const seeded = await seedScoredPopulation(engine.store, tenant, guests, startOfDay(new Date()), staleShare);
  context.log(`recalculation: seeded ${guests} scores in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);
  const before = byGuest(seeded.map(stripKeys));
  const first = await timedRun(engine.store);
  // The floor runs right after the job: what it reads is what the job left.
  const floor = await bareReadAndWrites(engine.store, first.written);
  const changed = [...floor.snapshot].filter(([guestId, item]) => !sameContent(before.get(guestId), item)).length;
  context.log(`recalculation: run ${(first.ms / 1000).toFixed(1)} s, ${first.written} writes, ${changed} changed`);
  const rerun = await timedRun(engine.store);
  context.log(`recalculation: floor ${(floor.ms / 1000).toFixed(1)} s; rerun ${(rerun.ms / 1000).toFixed(1)} s`);
  const meanItemKb = seeded.reduce((sum, item) => sum + JSON.stringify(item).length, 0) / seeded.length / 1024;
  return [
    costModelInput('recalculation: mean size of a score item (JSON)', meanItemKb, 'KB'),
    ratioAtMost(`recalculation, ${label} guests (${staleShare * 100}% out of date)`, first.ms, floor.ms, 'ms', 1.5),
    exactly(`recalculation: writes beyond the ${changed} changed guests`, first.written - changed, 'writes', 0),
    exactly('recalculation: writes on an immediate rerun', rerun.written, 'writes', 0),
  ];
}
