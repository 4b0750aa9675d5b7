import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** The collector, for measuring live data alone (the flag may be set at run time; `gc` then exists in a new context). */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/**
 * The heap still in use after two full collections: live data alone, at the very moment it is
 * called (synchronous, so it can measure inside an import's callback while the import is held).
 */
export function liveHeapBytesNow(): number {
  const gc = collector();
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/**
 * The heap still in use after full collections repeated, a turn of the event loop apart, until the
 * figure settles: steadier where nothing else runs meanwhile (one collection can leave what the
 * next frees, and what the caller's frame still held a moment ago).
 */
export async function settledLiveHeapBytes(): Promise<number> {
  const gc = collector();
  let last = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 10; attempt += 1) {
    gc();
    await new Promise((settled) => setImmediate(settled));
    const used = process.memoryUsage().heapUsed;
    if (used >= last * 0.999) return used;
    last = used;
  }
  return last;
}
