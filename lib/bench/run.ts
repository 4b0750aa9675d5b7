import './environment.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startLocalStack } from '../local/stack.js';
import { openStore } from '../store/client.js';
import { reservationCase, type StackUnderTest } from './cases/reservation.js';
import { streamScoringCase } from './cases/stream-scoring.js';
import { machineLine, resultsTable, writeResults } from './report.js';
import type { BenchContext, BenchResult } from './result.js';

// `npm run bench [-- --quick] [-- --only reservation,scoring]`: every hot path against its floor.
type Case = (context: BenchContext, stack: StackUnderTest) => Promise<BenchResult[]>;
const stackCases: Record<string, Case> = {
  reservation: reservationCase,
  scoring: streamScoringCase,
};

async function main() {
  const { values } = parseArgs({
    options: { quick: { type: 'boolean', default: false }, only: { type: 'string' }, out: { type: 'string' } },
  });
  const only = values.only?.split(',');
  const selected = (name: string) => !only || only.includes(name);
  const started = performance.now();
  const context: BenchContext = {
    quick: values.quick,
    log: (line) => console.error(`[${((performance.now() - started) / 1000).toFixed(0)} s] ${line}`),
  };
  const results: BenchResult[] = [];
  const dataDirectory = mkdtempSync(join(tmpdir(), 'loyalty-bench-'));
  const local = await startLocalStack({ dataDirectory, inMemory: true, port: 0, tableName: 'loyalty-bench' });
  try {
    const stack: StackUnderTest = {
      url: local.url,
      apiKey: local.credentials.tenants.demo!.apiKey,
      tenant: 'demo',
      store: openStore({ tableName: local.credentials.dynamodb.table, endpoint: local.credentials.dynamodb.endpoint }),
    };
    for (const [name, run] of Object.entries(stackCases)) {
      if (!selected(name)) continue;
      context.log(`${name}…`);
      results.push(...(await run(context, stack)));
    }
  } finally {
    await local.stop();
    rmSync(dataDirectory, { recursive: true, force: true });
  }
  console.log(`\n${machineLine()}${values.quick ? ' — quick mode: proves the harness, measures nothing' : ''}\n`);
  console.log(resultsTable(results));
  const met = results.filter((r) => r.pass).length;
  console.log(`\n${met} of ${results.length} goals met`);
  writeResults(values.out ?? join('bench', values.quick ? 'results-quick.json' : 'results.json'), results);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
