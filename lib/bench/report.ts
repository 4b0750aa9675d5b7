import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname } from 'node:path';
import type { BenchResult } from './result.js';

/** Where and when a run was measured: the README's table names it. */
export function machineLine(now = new Date()): string {
  const gib = Math.round(totalmem() / 2 ** 30);
  return `${now.toISOString().slice(0, 10)}, ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${gib} GiB, Node.js ${process.version}`;
}

const figure = (value: number) => (Math.abs(value) >= 100 ? value.toFixed(0) : value.toPrecision(3));

/** The results as a Markdown table, one row a goal. */
export function resultsTable(results: readonly BenchResult[]): string {
  const rows = results.map((r) => {
    const baseline = r.baseline === null ? '' : `${figure(r.baseline)} ${r.unit}`;
    const ratio = r.ratio === null ? '' : `${r.ratio.toFixed(2)}×`;
    return `| ${r.name} | ${figure(r.value)} ${r.unit} | ${baseline} | ${ratio} | ${r.goal} | ${r.pass ? 'pass' : '**miss**'} |`;
  });
  return [
    '| case | measured | floor, same run | ratio | goal | |',
    '| --- | ---: | ---: | ---: | --- | --- |',
    ...rows,
  ].join('\n');
}

/** Writes `bench/results.json`: the list of results, as the issue asks. */
export function writeResults(path: string, results: readonly BenchResult[]): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
}
