/** What the two measured imports and the held stays' cost say, in MiB and rows. */
export interface MemoryMeasurements {
  small: { rows: number; liveMiB: number };
  large: { rows: number; liveMiB: number; peakMiB: number };
  /** Live data a row costs in the import's held stays of new guests, which stop at `heldLimit` rows. */
  heldPerRowMiB: number;
  heldLimit: number;
}

/**
 * The peak an import of `rows` rows would reach. What grows with the file is the data the import
 * holds (live heap after a full collection); the rest of the peak (code, buffers, garbage not yet
 * collected) does not. Of that data, the new guests' stays stop growing at the held limit (every row
 * of the bench's export is a new guest's stay); the rest (the guests seen) grows to the end. So: the
 * large import's peak, plus all the live growth per row up to the limit, plus the rest's after it.
 */
export function extrapolatedPeakMiB(measured: MemoryMeasurements, rows: number): number {
  const { small, large } = measured;
  const livePerRow = Math.max(0, (large.liveMiB - small.liveMiB) / (large.rows - small.rows));
  const otherPerRow = Math.max(0, livePerRow - measured.heldPerRowMiB);
  const heldUntil = Math.min(rows, Math.max(large.rows, measured.heldLimit));
  return (
    large.peakMiB +
    livePerRow * Math.max(0, heldUntil - large.rows) +
    otherPerRow * Math.max(0, rows - Math.max(heldUntil, large.rows))
  );
}
