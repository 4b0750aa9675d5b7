import type { ImportCounts } from './importer.js';

/**
 * Progress for people: a bar with rate and ETA on a terminal, a plain line every few seconds
 * elsewhere; first for the rows, then for the guests' totals checked after them (minutes of a
 * million-row file, which would otherwise look like a hang at 100%).
 */
export function progressReporter(
  totalBytes: number,
  bytesRead: () => number,
  stream: NodeJS.WriteStream = process.stderr,
) {
  const started = performance.now();
  let lastLine = 0;
  let totalsStarted: number | undefined;
  const bar = (fraction: number) => {
    const width = 30;
    const filled = Math.round(fraction * width);
    return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.round(fraction * 100)}%`;
  };
  return {
    update(counts: ImportCounts, final = false) {
      const seconds = (performance.now() - started) / 1000;
      const rate = counts.rows / Math.max(seconds, 0.001);
      const fraction = totalBytes > 0 ? Math.min(1, bytesRead() / totalBytes) : 1;
      const eta = fraction > 0 ? (seconds / fraction) * (1 - fraction) : 0;
      const text = `${counts.rows.toLocaleString('en')} rows, ${Math.round(rate).toLocaleString('en')} rows/s, ${counts.rejected} rejected, ETA ${Math.ceil(eta)}s`;
      if (stream.isTTY) {
        // The last line of the rows comes after the totals' bar: that bar ends first.
        if (final && totalsStarted !== undefined) stream.write('\n');
        stream.write(`\r${bar(fraction)} ${text}  ${final ? '\n' : ''}`);
      } else if (final || performance.now() - lastLine > 2_000) {
        lastLine = performance.now();
        stream.write(`import: ${Math.round(fraction * 100)}% ${text}\n`);
      }
    },
    /** `checked` of the file's `of` guests have their totals written or found right. */
    totals(checked: number, of: number) {
      const now = performance.now();
      if (totalsStarted === undefined) {
        totalsStarted = now;
        if (stream.isTTY) stream.write('\n');
      }
      const fraction = of > 0 ? Math.min(1, checked / of) : 1;
      const seconds = (now - totalsStarted) / 1000;
      const eta = fraction > 0 ? (seconds / fraction) * (1 - fraction) : 0;
      const text = `totals of ${checked.toLocaleString('en')} of ${of.toLocaleString('en')} guests, ETA ${Math.ceil(eta)}s`;
      if (stream.isTTY) stream.write(`\r${bar(fraction)} ${text}  `);
      else if (checked >= of || now - lastLine > 2_000) {
        lastLine = now;
        stream.write(`import: ${Math.round(fraction * 100)}% ${text}\n`);
      }
    },
  };
}
