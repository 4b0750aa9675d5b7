import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalStack } from '../local/stack.js';
import { openStore } from '../store/client.js';
import { startFloorServer } from './floor-server.js';
import { type LoadRequest, percentile, runLoad } from './load.js';
import { scoringCost } from './scoring-cost.js';
import { seedBenchGuest } from './seed-guest.js';

// `npm run bench`: every figure is a ratio against a floor measured in the same run, side by side.
const rounds = 5;
const perRound = { 1: 300, 16: 1200 } as const;

async function compare(name: string, product: LoadRequest, floor: LoadRequest) {
  const rows: string[] = [];
  for (const concurrency of [1, 16] as const) {
    await runLoad(product, 200, concurrency);
    await runLoad(floor, 200, concurrency);
    const measured = { product: [] as number[], floor: [] as number[] };
    // Alternating rounds, so drift of the machine hits both sides alike.
    for (let round = 0; round < rounds; round += 1) {
      measured.floor.push(...(await runLoad(floor, perRound[concurrency], concurrency)));
      measured.product.push(...(await runLoad(product, perRound[concurrency], concurrency)));
    }
    const cell = (p: number) => {
      const ours = percentile(measured.product, p);
      const base = percentile(measured.floor, p);
      return `${ours.toFixed(2)} / ${base.toFixed(2)} ms = **${(ours / base).toFixed(2)}×**`;
    };
    rows.push(`| ${name} | ${concurrency} | ${cell(50)} | ${cell(99)} | ${measured.product.length} |`);
  }
  return rows;
}

/** Rescoring a guest with 1 stay against one with 1,000 (the cost must not grow with history). */
async function scoringRow(baseUrl: string, apiKey: string): Promise<string> {
  const headers = { 'x-api-key': apiKey, 'content-type': 'application/json' };
  const put = (path: string, body: unknown) =>
    fetch(`${baseUrl}${path}`, { method: 'PUT', headers, body: JSON.stringify(body) });
  const stay = (i: number) => ({
    propertyId: 'sh-bund',
    checkIn: new Date(Date.UTC(2020, 0, 1) + i * 2 * 86_400_000).toISOString().slice(0, 10),
    checkOut: new Date(Date.UTC(2020, 0, 2) + i * 2 * 86_400_000).toISOString().slice(0, 10),
    status: 'completed',
    revenue: { room: 1000 },
    cost: 400,
    currency: 'CNY',
  });
  for (const [guestId, count] of [
    ['one-stay', 1],
    ['thousand-stays', 1000],
  ] as const) {
    await put(`/v1/guests/${guestId}`, { name: 'Bench' });
    for (let i = 0; i < count; i += 8)
      await Promise.all(
        Array.from({ length: Math.min(8, count - i) }, (_, j) =>
          put(`/v1/guests/${guestId}/stays/s${i + j}`, stay(i + j)),
        ),
      );
  }
  const { scoringDeps } = await import('../services/scoring-runtime.js');
  const { rescoreGuest } = await import('../services/scoring.js');
  const deps = scoringDeps();
  const cost = await scoringCost((guestId) => rescoreGuest(deps, 'demo', guestId), {
    small: 'one-stay',
    large: 'thousand-stays',
  });
  return `| rescore one guest (stream record), 1,000 stays vs 1 stay | 1 | ${cost.large.toFixed(2)} / ${cost.small.toFixed(2)} ms = **${(cost.large / cost.small).toFixed(2)}×** | | 400 |`;
}

async function main() {
  const dataDirectory = mkdtempSync(join(tmpdir(), 'loyalty-bench-'));
  const stack = await startLocalStack({ dataDirectory, inMemory: true, port: 0, tableName: 'loyalty-bench' });
  try {
    const { apiKey } = stack.credentials.tenants.demo!;
    const store = openStore({
      tableName: stack.credentials.dynamodb.table,
      endpoint: stack.credentials.dynamodb.endpoint,
    });
    const guestId = await seedBenchGuest(stack.url, apiKey);
    const floorServer = await startFloorServer(store, 'demo', guestId);
    const body = JSON.stringify({
      guestId,
      propertyId: 'sh-bund',
      checkIn: '2027-03-10',
      checkOut: '2027-03-13',
      arrival: { mode: 'air', airport: 'PVG', at: '2027-03-10T14:05:00+08:00' },
    });
    const recommend: LoadRequest = {
      url: `${stack.url}/v1/recommendations`,
      init: { method: 'POST', headers: { 'x-api-key': apiKey, 'content-type': 'application/json' }, body },
    };
    // The floor gets the very same request (method, headers, body), so only the work behind it differs.
    const floor: LoadRequest = { url: floorServer.url, init: recommend.init };
    const rows = await compare('POST /v1/recommendations (by guestId)', recommend, floor);
    console.log('| path | concurrency | p50 ours / floor | p99 ours / floor | requests |');
    console.log('| --- | ---: | --- | --- | ---: |');
    for (const row of rows) console.log(row);
    await floorServer.close();
    console.log(await scoringRow(stack.url, apiKey));
  } finally {
    await stack.stop();
    rmSync(dataDirectory, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
