/** What the bench measured of an import's memory, in MiB and rows. */
export interface ImportMemory {
  /** The peak of the large import, and its rows. */
  large: { rows: number; peakMiB: number };
  /** Live data a row holds, everything included. */
  livePerRowMiB: number;
  /** Of that, what the new guests' held stays take; they stop growing at `heldLimit` rows. */
  heldPerRowMiB: number;
  heldLimit: number;
}

/**
 * The peak an import of `rows` rows would reach. What grows with the file is the data the import
 * holds; the rest of the peak (code, buffers, garbage not yet collected) does not. Of that data, the
 * new guests' stays stop growing at the held limit (every row of the bench's export is a new guest's
 * stay); the rest (the guests seen) grows to the end. So: the large import's peak, plus all the live
 * data a row up to the limit, plus the rest's after it.
 */
export function extrapolatedPeakMiB(measured: ImportMemory, rows: number): number {
  const { large, livePerRowMiB } = measured;
  const otherPerRow = Math.max(0, livePerRowMiB - measured.heldPerRowMiB);
  const heldUntil = Math.min(rows, Math.max(large.rows, measured.heldLimit));
  return (
    large.peakMiB +
    livePerRowMiB * Math.max(0, heldUntil - large.rows) +
    otherPerRow * Math.max(0, rows - Math.max(heldUntil, large.rows))
  );
}
