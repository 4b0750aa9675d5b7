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
  const etaSeconds = (since: number, fraction: number) => {
    const seconds = (performance.now() - since) / 1000;
    return fraction > 0 ? Math.ceil((seconds / fraction) * (1 - fraction)) : 0;
  };
  /** Redrawn in place on a terminal (`endLine` ends it); elsewhere a line every 2 s, and the last one. */
  const show = (fraction: number, text: string, last: boolean, endLine: boolean) => {
    if (stream.isTTY) stream.write(`\r${bar(fraction)} ${text}  ${endLine ? '\n' : ''}`);
    else if (last || performance.now() - lastLine > 2_000) {
      lastLine = performance.now();
      stream.write(`import: ${Math.round(fraction * 100)}% ${text}\n`);
    }
  };
  return {
    update(counts: ImportCounts, final = false) {
      const rate = counts.rows / Math.max((performance.now() - started) / 1000, 0.001);
      const fraction = totalBytes > 0 ? Math.min(1, bytesRead() / totalBytes) : 1;
      const text = `${counts.rows.toLocaleString('en')} rows, ${Math.round(rate).toLocaleString('en')} rows/s, ${counts.rejected} rejected, ETA ${etaSeconds(started, fraction)}s`;
      // The last line of the rows comes after the totals' bar: that bar ends first.
      if (final && totalsStarted !== undefined && stream.isTTY) stream.write('\n');
      show(fraction, text, final, final);
    },
    /** `checked` of the file's `of` guests have their totals written or found right. */
    totals(checked: number, of: number) {
      if (totalsStarted === undefined) {
        totalsStarted = performance.now();
        if (stream.isTTY) stream.write('\n');
      }
      const fraction = of > 0 ? Math.min(1, checked / of) : 1;
      const text = `totals of ${checked.toLocaleString('en')} of ${of.toLocaleString('en')} guests, ETA ${etaSeconds(totalsStarted, fraction)}s`;
      show(fraction, text, checked >= of, false);
    },
  };
}
