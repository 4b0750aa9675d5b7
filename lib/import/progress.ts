import type { ImportCounts } from './importer.js';

/** Progress for people: a bar with rate and ETA on a terminal, a plain line every few seconds elsewhere. */
export function progressReporter(
  totalBytes: number,
  bytesRead: () => number,
  stream: NodeJS.WriteStream = process.stderr,
) {
  const started = performance.now();
  let lastLine = 0;
  return {
    update(counts: ImportCounts, final = false) {
      const seconds = (performance.now() - started) / 1000;
      const rate = counts.rows / Math.max(seconds, 0.001);
      const fraction = totalBytes > 0 ? Math.min(1, bytesRead() / totalBytes) : 1;
      const eta = fraction > 0 ? (seconds / fraction) * (1 - fraction) : 0;
      const text = `${counts.rows.toLocaleString('en')} rows, ${Math.round(rate).toLocaleString('en')} rows/s, ${counts.rejected} rejected, ETA ${Math.ceil(eta)}s`;
      if (stream.isTTY) {
        const width = 30;
        const filled = Math.round(fraction * width);
        stream.write(
          `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.round(fraction * 100)}% ${text}  ${final ? '\n' : ''}`,
        );
      } else if (final || performance.now() - lastLine > 2_000) {
        lastLine = performance.now();
        stream.write(`import: ${Math.round(fraction * 100)}% ${text}\n`);
      }
    },
  };
}
