import { createReadStream } from 'node:fs';
import { importStays } from '../import/importer.js';
import type { Store } from '../store/client.js';
import { liveHeapBytesNow } from './live-heap.js';

/**
 * The live data an import holds for `file`, at its largest: the importer run in this process, with
 * full collections before it starts and when its rows are done (what it keeps for the totals is then
 * all held, and no batch is in flight). A figure that the import's own process can only sample at
 * whatever moments its collector happens to run.
 */
export async function liveDataOfImport(store: Store, tenant: string, file: string): Promise<number> {
  const before = liveHeapBytesNow();
  let atRowsEnd: number | undefined;
  await importStays(createReadStream(file), {
    store,
    tenant,
    onReject: (line, reason) => {
      throw new Error(`bench export line ${line} rejected: ${reason}`);
    },
    onTotalsProgress: () => {
      atRowsEnd ??= liveHeapBytesNow();
    },
  });
  if (atRowsEnd === undefined) throw new Error('the import reported no totals');
  return atRowsEnd - before;
}
