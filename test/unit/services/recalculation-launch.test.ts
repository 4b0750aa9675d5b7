import { describe, expect, it } from 'vitest';
import { launchRecalculation, runRecalculationsInProcess } from '../../../lib/services/recalculation-start.js';
import type { Store } from '../../../lib/store/client.js';

const store = { tableName: 'loyalty-test' } as Store;

describe('launching a recalculation without a state machine', () => {
  it('refuses when nothing in this process can run the job', async () => {
    await expect(launchRecalculation(store, 't1', 'r-1', {})).rejects.toThrow(/RECALCULATION_STATE_MACHINE_ARN/);
  });

  it('hands the job to the in-process runner the local stack registered', async () => {
    const launched: unknown[] = [];
    runRecalculationsInProcess((where, tenant, jobId) => launched.push([where, tenant, jobId]));
    await launchRecalculation(store, 't1', 'r-2', {});
    expect(launched).toEqual([[store, 't1', 'r-2']]);
  });
});
