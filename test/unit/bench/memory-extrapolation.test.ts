import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { heldStayBytesPerRow } from '../../../lib/bench/held-stays.js';
import { extrapolatedPeakMiB } from '../../../lib/bench/memory-extrapolation.js';
import { sampleExportLines } from '../../../lib/import/sample-file.js';

// 100 bytes of live data a row, of which 60 are held stays.
const measured = {
  large: { rows: 100_000, peakMiB: 150 },
  livePerRowMiB: 100 / 2 ** 20,
  heldPerRowMiB: 60 / 2 ** 20,
  heldLimit: 500_000,
};

describe('import memory extrapolation', () => {
  it('grows by all the live data a row up to the held limit, then by what is not held', () => {
    const expected = 150 + (400_000 * 100 + 500_000 * 40) / 2 ** 20;
    expect(extrapolatedPeakMiB(measured, 1_000_000)).toBeCloseTo(expected, 6);
  });

  it('is linear in the rows when the limit lies beyond them', () => {
    expect(extrapolatedPeakMiB({ ...measured, heldLimit: 2_000_000 }, 1_000_000)).toBeCloseTo(
      150 + (900_000 * 100) / 2 ** 20,
      6,
    );
  });

  it('answers the measured peak at the measured size, and never shrinks with more rows', () => {
    expect(extrapolatedPeakMiB(measured, 100_000)).toBe(150);
    const peaks = [100_000, 300_000, 500_000, 700_000, 1_000_000].map((rows) => extrapolatedPeakMiB(measured, rows));
    expect(peaks).toEqual([...peaks].sort((a, b) => a - b));
  });

  it('does not let held stays measured above the growth make the rest negative', () => {
    const heldMore = { ...measured, heldPerRowMiB: 500 / 2 ** 20 };
    expect(extrapolatedPeakMiB(heldMore, 1_000_000)).toBeCloseTo(150 + (400_000 * 100) / 2 ** 20, 6);
  });
});

describe('held stays', () => {
  it('measures what a row of an export costs in the import’s memory of new guests’ stays', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'held-stays-'));
    try {
      const file = join(folder, 'export.csv');
      writeFileSync(file, `${[...sampleExportLines(2_000, 11, new Date('2026-06-01'))].join('\n')}\n`);
      const bytes = await heldStayBytesPerRow(file);
      // A stay is kept as one short string of its figures: tens of bytes, not hundreds.
      expect(bytes).toBeGreaterThan(30);
      expect(bytes).toBeLessThan(200);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
