import { commandsBetween, sentCommands } from '../../store/call-counter.js';
import type { Store } from '../../store/client.js';
import { startFloorServer } from '../floor-server.js';
import { type LoadRequest, percentile, runLoad } from '../load.js';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { guestHeaderPrefix, keys } from '../../store/keys.js';
import { type BenchContext, type BenchResult, costModelInput, exactly, ratioAtMost } from '../result.js';
import { alternate, pairedMedians } from '../rounds.js';
import { seedBenchGuest } from '../seed-guest.js';

export interface StackUnderTest {
  url: string;
  apiKey: string;
  store: Store;
  tenant: string;
}

const goals = { p50: 1.3, p99: 1.5 };

/** What the one Query of a key guest's items reads: the capacity it is billed (eventually consistent) and its size. */
async function readCost(stack: StackUnderTest, guestId: string): Promise<BenchResult[]> {
  const { Items = [], ConsumedCapacity } = await stack.store.client.send(
    new QueryCommand({
      TableName: stack.store.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': keys.guestPartition(stack.tenant, guestId), ':prefix': guestHeaderPrefix },
      ReturnConsumedCapacity: 'TOTAL',
    }),
  );
  return [
    costModelInput('reservation: size of the guest items read (JSON)', JSON.stringify(Items).length / 1024, 'KB'),
    costModelInput('reservation: read capacity of the one Query', ConsumedCapacity?.CapacityUnits ?? Number.NaN, 'RRU'),
  ];
}

/**
 * The booking engine's call, `POST /v1/recommendations` by guestId over HTTP through the local
 * gateway, against a bare Node HTTP server answering the same request with one Query of the
 * same guest's items on the same DynamoDB Local; and the DynamoDB calls each request makes.
 */
export async function reservationCase(context: BenchContext, stack: StackUnderTest): Promise<BenchResult[]> {
  const guestId = await seedBenchGuest(stack.url, stack.apiKey);
  const floorServer = await startFloorServer(stack.store, stack.tenant);
  try {
    const body = JSON.stringify({
      guestId,
      propertyId: 'sh-bund',
      checkIn: '2027-03-10',
      checkOut: '2027-03-13',
      arrival: { mode: 'air', airport: 'PVG', at: '2027-03-10T14:05:00+08:00' },
    });
    const product: LoadRequest = {
      url: `${stack.url}/v1/recommendations`,
      init: { method: 'POST', headers: { 'x-api-key': stack.apiKey, 'content-type': 'application/json' }, body },
    };
    // The floor gets the very same request (method, headers, body), so only the work behind it differs.
    const floor: LoadRequest = { url: floorServer.url, init: product.init };
    const results: BenchResult[] = [];
    const answers = await Promise.all([product, floor].map(async (side) => (await fetch(side.url, side.init)).text()));
    const floorItems = JSON.parse(answers[1]!) as unknown[];
    if (floorItems.length === 0) throw new Error(`reservation: the floor found no items of ${guestId}`);
    context.log(
      `reservation: answers of ${answers[0]!.length} bytes (product) and ${answers[1]!.length} bytes (floor: ${floorItems.length} items)`,
    );
    await runLoad(product, 200, 1);
    await runLoad(floor, 200, 1);

    const counted = context.quick ? 50 : 200;
    const before = sentCommands();
    await runLoad(product, counted, 1);
    const calls = commandsBetween(before, sentCommands());
    context.log(
      `reservation: ${calls.total} DynamoDB calls for ${counted} requests ${JSON.stringify(calls.byOperation)}`,
    );
    results.push(exactly('reservation: DynamoDB calls per request', calls.total / counted, 'calls', 1));
    results.push(...(await readCost(stack, guestId)));

    const rounds = context.quick ? 2 : 7;
    for (const concurrency of [1, 16]) {
      const perRound = (context.quick ? 50 : 300) * (concurrency === 1 ? 1 : 4);
      await runLoad(product, 100, concurrency);
      await runLoad(floor, 100, concurrency);
      const measured = alternate(
        rounds,
        () => runLoad(floor, perRound, concurrency),
        () => runLoad(product, perRound, concurrency),
      );
      const { floor: floorRounds, product: productRounds } = await measured;
      for (const p of [50, 99] as const) {
        // Each round's percentile against the floor's in the round beside it (rounds.ts).
        const pairs = productRounds.map((latencies, round) => ({
          product: percentile(latencies, p),
          floor: percentile(floorRounds[round]!, p),
        }));
        const { value, baseline, ratio } = pairedMedians(pairs);
        results.push(
          ratioAtMost(`reservation p${p}, concurrency ${concurrency}`, value, baseline, 'ms', goals[`p${p}`], ratio),
        );
      }
    }
    return results;
  } finally {
    await floorServer.close();
  }
}
