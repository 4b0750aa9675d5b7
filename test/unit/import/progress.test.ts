import { describe, expect, it } from 'vitest';
import { progressReporter } from '../../../lib/import/progress.js';

/** A stream that is not a terminal, keeping what was written. */
function plainStream() {
  const lines: string[] = [];
  const stream = { isTTY: false, write: (text: string) => lines.push(text) > 0 } as unknown as NodeJS.WriteStream;
  return { stream, lines };
}

const counts = { rows: 1000, written: 1000, unchanged: 0, rejected: 0, guestsCreated: 250, summariesWritten: 0 };

describe('import progress', () => {
  it('goes on after the rows with the guests whose totals are checked, to the last one', () => {
    const { stream, lines } = plainStream();
    const progress = progressReporter(100, () => 100, stream);

    progress.update(counts);
    progress.totals(100, 250);
    progress.totals(250, 250);
    progress.update(counts, true);

    expect(lines).toContainEqual(expect.stringMatching(/^import: 100% totals of 250 of 250 guests, ETA 0s\n$/));
    expect(lines.at(-1)).toMatch(/^import: 100% 1,000 rows, [\d,]+ rows\/s, 0 rejected/);
  });

  it('ends the totals bar on a terminal before the last line of the rows', () => {
    const written: string[] = [];
    const stream = { isTTY: true, write: (text: string) => written.push(text) > 0 } as unknown as NodeJS.WriteStream;
    const progress = progressReporter(100, () => 100, stream);

    progress.update(counts);
    progress.totals(125, 250);
    progress.update(counts, true);

    const screen = written.join('');
    expect(screen).toMatch(/\] 50% totals of 125 of 250 guests, ETA \d+s {2}\n\r\[#+\] 100% 1,000 rows/);
    expect(screen.endsWith('\n')).toBe(true);
  });
});
