import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cdnowDataDir } from '../domain/clv/support.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

describe('clv CLI', () => {
  it('fits the purchase and spend models on a CSV and prints one JSON object with the CDNOW estimates', () => {
    const file = `${cdnowDataDir}cdnow_customers_summary_with_transactions.csv`;

    const stdout = execFileSync('npx', ['tsx', 'lib/clv/cli.ts', 'fit', file, '--model', 'bgnbd'], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    const output = JSON.parse(stdout) as {
      model: string;
      bgnbd: Record<string, number>;
      gammaGamma: Record<string, number>;
    };

    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(output.model).toBe('bgnbd');
    expect(output.bgnbd.r).toBeCloseTo(0.243, 3);
    expect(output.bgnbd.logLikelihood).toBeCloseTo(-9582.43, 1);
    expect(Object.keys(output.gammaGamma).sort()).toEqual(['p', 'q', 'v']);
    expect(output.gammaGamma.p).toBeCloseTo(6.25, 1);
  }, 60_000);
});
