import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { importStays } from '../../import/importer.js';
import { lambdaContext } from '../../local/gateway-events.js';
import { scoringDeps } from '../../services/scoring-runtime.js';
import { dynamoGuestHeaderRepository } from '../../store/guest-header-repository.js';
import { commandsBetween, sentCommands } from '../../store/call-counter.js';
import { keys } from '../../store/keys.js';
import { scoreBatch } from '../../streams/score-batch.js';
import { historyExport } from '../history-file.js';
import { atMost, type BenchContext, type BenchResult, slowdownAtMost } from '../result.js';
import { alternate, median } from '../rounds.js';
import type { StackUnderTest } from './reservation.js';

const week = 7 * 86_400_000;

/** One stream record per guest, as the table's stream delivers a change to their totals. */
function batchFor(tenant: string, guestIds: string[]): DynamoDBStreamEvent {
  const Records = guestIds.map((guestId, i): DynamoDBRecord => ({
    eventID: `${guestId}-${i}`,
    eventName: 'MODIFY',
    eventSource: 'aws:dynamodb',
    dynamodb: {
      Keys: { pk: { S: keys.staySummary(tenant, guestId).pk }, sk: { S: keys.staySummary(tenant, guestId).sk } },
      SequenceNumber: String(i),
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    },
  }));
  return { Records };
}

/**
 * Stream scoring throughput: batches with one record per guest through the deployed batch
 * handler, guests with 1,000 stays against guests with 1 stay. The clock moves a week per
 * batch, so every record really rescores and writes, as a change would.
 */
export async function streamScoringCase(context: BenchContext, stack: StackUnderTest): Promise<BenchResult[]> {
  const guests = context.quick ? 4 : 32;
  const tenant = 'bench-scoring';
  const today = new Date();
  for (const [prefix, stays] of [
    ['one-stay', 1],
    ['thousand-stays', 1000],
  ] as const) {
    await importStays(historyExport(prefix, guests, stays, today), {
      tenant,
      store: stack.store,
      onReject: (line, reason) => context.log(`seeding line ${line}: ${reason}`),
    });
  }
  const ids = (prefix: string) => Array.from({ length: guests }, (_, g) => `${prefix}-${g}`);
  let clock = today.getTime();
  const deps = { ...scoringDeps(), now: () => new Date(clock) };
  const failures = { record: async (reason: string) => context.log(`stream failure: ${reason}`) };
  const headers = dynamoGuestHeaderRepository(stack.store);
  // The stream poller scores the seeded guests too (once per change the import made): start
  // measuring once it is done, so its calls and conflicts are not counted as the batch's.
  const all = [...ids('one-stay'), ...ids('thousand-stays')];
  const revisions = async () =>
    JSON.stringify(
      await Promise.all(
        all.map(async (guestId) => (await headers.readHeader(tenant, guestId)).score?.revision ?? null),
      ),
    );
  for (
    let last = '', now = await revisions();
    now !== last || now.includes('null');
    last = now, now = await revisions()
  )
    await new Promise((done) => setTimeout(done, 1_000));

  const calls = { 'one-stay': [] as number[], 'thousand-stays': [] as number[] };
  const measure = (prefix: 'one-stay' | 'thousand-stays') => async () => {
    clock += week;
    const before = sentCommands();
    const started = performance.now();
    const response = await scoreBatch(batchFor(tenant, ids(prefix)), lambdaContext('score-stream'), deps, failures);
    const elapsed = performance.now() - started;
    if (response.batchItemFailures.length > 0) throw new Error(`${prefix}: records failed to score`);
    calls[prefix].push(commandsBetween(before, sentCommands()).total / guests);
    return (guests / elapsed) * 1000;
  };
  for (let warm = 0; warm < 3; warm += 1) await Promise.all([measure('one-stay')(), measure('thousand-stays')()]);
  calls['one-stay'] = [];
  calls['thousand-stays'] = [];
  const measured = alternate(context.quick ? 3 : 40, measure('one-stay'), measure('thousand-stays'));
  const { floor: small, product: large } = await measured;
  const largeCalls = Math.max(...calls['thousand-stays']);
  context.log(
    `stream scoring: most calls per record in a batch: ${largeCalls} (1,000 stays), ${Math.max(...calls['one-stay'])} (1 stay)`,
  );
  return [
    slowdownAtMost('stream scoring, 1,000 stays vs 1 stay', median(large), median(small), 'records/s', 1.2),
    atMost('stream scoring: DynamoDB calls per record (1,000 stays)', largeCalls, 'calls', 2),
  ];
}
