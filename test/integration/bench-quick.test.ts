import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { BenchResult } from '../../lib/bench/result.js';

const run = promisify(execFile);

describe('npm run bench -- --quick', () => {
  it('runs every case to the end and writes a finite figure for each goal (timings are not judged)', async () => {
    // Prepare
    const folder = mkdtempSync(join(tmpdir(), 'bench-quick-'));
    const out = join(folder, 'results.json');
    try {
      // Act
      await run(process.execPath, ['--import', 'tsx', 'lib/bench/run.ts', '--quick', '--out', out], {
        maxBuffer: 64 * 1024 * 1024,
      });
      const results = JSON.parse(readFileSync(out, 'utf8')) as BenchResult[];

      // Assess
      const names = results.map((r) => r.name);
      for (const prefix of [
        'cold init: health',
        'bundle size: recommendations',
        'CLV fit',
        'CLV expected value',
        'reservation: DynamoDB calls per request',
        'reservation p99, concurrency 16',
        'stream scoring, 1,000 stays vs 1 stay',
        'recalculation, 3k guests',
        'recalculation: writes on an immediate rerun',
        'import against the writes a correct import must make',
        'import peak memory, 1M rows',
      ])
        expect(
          names.some((name) => name.startsWith(prefix)),
          prefix,
        ).toBe(true);
      for (const result of results) {
        expect(Number.isFinite(result.value), result.name).toBe(true);
        expect(result.ratio === null || Number.isFinite(result.ratio), result.name).toBe(true);
        expect(typeof result.pass).toBe('boolean');
      }
      // Counts are not timings: these hold in any run.
      const byName = new Map(results.map((r) => [r.name, r]));
      expect(byName.get('reservation: DynamoDB calls per request')?.value).toBe(1);
      expect(byName.get('recalculation: writes on an immediate rerun')?.value).toBe(0);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 300_000);
});
