import './environment.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startLocalStack } from '../local/stack.js';
import { openStore } from '../store/client.js';
import { clvCase } from './cases/clv.js';
import { coldInitCase } from './cases/cold-init.js';
import { importCase } from './cases/import.js';
import { recalculationCase } from './cases/recalculation.js';
import { reservationCase, type StackUnderTest } from './cases/reservation.js';
import { streamScoringCase } from './cases/stream-scoring.js';
import { type EngineUnderTest, startEngine } from './engine.js';
import { machineLine, resultsTable, writeResults } from './report.js';
import type { BenchContext, BenchResult } from './result.js';

// `npm run bench [-- --quick] [-- --only reservation,scoring]`: every hot path against its floor.
// Cases that need no database run first, on a machine with nothing else running.
const standaloneCases: Record<string, (context: BenchContext) => Promise<BenchResult[]>> = {
  'cold-init': coldInitCase,
  clv: clvCase,
};
const stackCases: Record<string, (context: BenchContext, stack: StackUnderTest) => Promise<BenchResult[]>> = {
  reservation: reservationCase,
  scoring: streamScoringCase,
};
const engineCases: Record<string, (context: BenchContext, engine: EngineUnderTest) => Promise<BenchResult[]>> = {
  recalculation: recalculationCase,
  import: importCase,
};

async function standalone(context: BenchContext, selected: (name: string) => boolean): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const name of Object.keys(standaloneCases).filter(selected)) {
    context.log(`${name}…`);
    results.push(...(await standaloneCases[name]!(context)));
  }
  return results;
}

async function onStack(context: BenchContext, selected: (name: string) => boolean): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const names = Object.keys(stackCases).filter(selected);
  if (names.length === 0) return results;
  const dataDirectory = mkdtempSync(join(tmpdir(), 'loyalty-bench-'));
  const local = await startLocalStack({ dataDirectory, inMemory: true, port: 0, tableName: 'loyalty-bench' });
  try {
    const { endpoint, table } = local.credentials.dynamodb;
    const stack = {
      url: local.url,
      apiKey: local.credentials.tenants.demo!.apiKey,
      tenant: 'demo',
      store: openStore({ tableName: table, endpoint }),
    };
    for (const name of names) {
      context.log(`${name}…`);
      results.push(...(await stackCases[name]!(context, stack)));
    }
  } finally {
    await local.stop();
    rmSync(dataDirectory, { recursive: true, force: true });
  }
  return results;
}

async function onEngine(context: BenchContext, selected: (name: string) => boolean): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const name of Object.keys(engineCases).filter(selected)) {
    // A fresh engine a case: what one case left in memory cannot slow the next.
    const engine = await startEngine('loyalty-bench');
    try {
      context.log(`${name}…`);
      results.push(...(await engineCases[name]!(context, engine)));
    } finally {
      await engine.stop();
    }
  }
  return results;
}

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
  const results = [
    ...(await standalone(context, selected)),
    ...(await onStack(context, selected)),
    ...(await onEngine(context, selected)),
  ];
  const minutes = ((performance.now() - started) / 60_000).toFixed(1);
  console.log(
    `\n${machineLine()}; ${minutes} min${values.quick ? ' — quick mode: proves the harness, measures nothing' : ''}\n`,
  );
  console.log(resultsTable(results));
  console.log(`\n${results.filter((r) => r.pass).length} of ${results.length} goals met`);
  writeResults(values.out ?? join('bench', values.quick ? 'results-quick.json' : 'results.json'), results);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
