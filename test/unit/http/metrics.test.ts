import { afterEach, describe, expect, it, vi } from 'vitest';
import { metrics } from '../../../lib/http/metrics.js';

describe('metrics warnings', () => {
  afterEach(() => vi.restoreAllMocks());

  it('say nothing when a request recorded no metric', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    metrics.publishStoredMetrics();
    expect(warn).not.toHaveBeenCalled();
  });

  it('pass every other warning on to the console', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    metrics.addDimension('', 'demo');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("doesn't meet the requirements"));
  });
});
