import { createReadStream } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { importStays } from '../import/importer.js';
import type { Store } from '../store/client.js';

/**
 * The heap still in use after full collections: live data alone. The flag may be set at run time
 * (`gc` then exists in a new context). Synchronous, so that it measures the moment it is called at.
 */
function liveHeapBytes(): number {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/**
 * The live data an import holds for `file`, at its largest: the importer run in this process, with
 * full collections before it starts and when its rows are done (what it keeps for the totals is then
 * all held, and no batch is in flight). A figure that the import's own process can only sample at
 * whatever moments its collector happens to run.
 */
export async function liveDataOfImport(store: Store, tenant: string, file: string): Promise<number> {
  const before = liveHeapBytes();
  let atRowsEnd: number | undefined;
  await importStays(createReadStream(file), {
    store,
    tenant,
    onReject: (line, reason) => {
      throw new Error(`bench export line ${line} rejected: ${reason}`);
    },
    onTotalsProgress: () => {
      atRowsEnd ??= liveHeapBytes();
    },
  });
  if (atRowsEnd === undefined) throw new Error('the import reported no totals');
  return atRowsEnd - before;
}
