import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalStack } from '../local/stack.js';
import { openStore } from '../store/client.js';
import { startFloorServer } from './floor-server.js';
import { type LoadRequest, percentile, runLoad } from './load.js';
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
  } finally {
    await stack.stop();
    rmSync(dataDirectory, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
