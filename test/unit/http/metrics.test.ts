import { afterEach, describe, expect, it, vi } from 'vitest';
import { logger } from '../../../lib/http/logger.js';
import { metrics } from '../../../lib/http/metrics.js';

describe('metrics warnings', () => {
  afterEach(() => vi.restoreAllMocks());

  it('say nothing when a request recorded no metric', () => {
    const warn = vi.spyOn(logger, 'warn').mockImplementation(() => undefined);
    metrics.publishStoredMetrics();
    expect(warn).not.toHaveBeenCalled();
  });

  it('pass every other warning to the product logger', () => {
    const warn = vi.spyOn(logger, 'warn').mockImplementation(() => undefined);
    metrics.addDimension('', 'demo');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("doesn't meet the requirements"));
  });
});
