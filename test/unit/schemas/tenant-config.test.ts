import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  defaultTenantConfig,
  tenantConfigSchema,
  tenantConfigSchemaVersion,
} from '../../../lib/schemas/tenant-config.js';
import { storedConfigOf } from '../../../lib/store/tenant-config-item.js';

describe('tenant configuration', () => {
  it('has plain-data defaults that are exactly what its schema makes of an empty configuration', () => {
    expect(tenantConfigSchema().parse({})).toEqual(defaultTenantConfig);
  });

  it('accepts its own defaults, so they break none of its rules', () => {
    expect(tenantConfigSchema().parse(structuredClone(defaultTenantConfig))).toEqual(defaultTenantConfig);
  });

  it('fills in what a partial configuration leaves out and keeps what it sets', () => {
    const config = tenantConfigSchema().parse({ tierShares: { key: 0.1, normal: 0.4 }, gracePeriodDays: 30 });
    expect(config).toEqual({ ...defaultTenantConfig, tierShares: { key: 0.1, normal: 0.4 }, gracePeriodDays: 30 });
  });

  it('refuses rules that cannot hold', () => {
    expect(tenantConfigSchema().safeParse({ tierShares: { key: 0.8, normal: 0.3 } }).success).toBe(false);
    expect(tenantConfigSchema().safeParse({ qualificationWindowMonths: 37 }).success).toBe(false);
    expect(tenantConfigSchema().safeParse({ unknownRule: 1 }).success).toBe(false);
  });
});

describe('stored tenant configuration', () => {
  const keys = { pk: 'T#t1', sk: 'CONFIG' };
  const stored = (config: unknown, schemaVersion: number) => ({
    ...keys,
    config,
    version: 4,
    updatedAt: '2026-12-01T00:00:00.000Z',
    schemaVersion,
  });

  it('is the defaults at version 0 while none is stored', () => {
    expect(storedConfigOf(undefined)).toEqual({ config: defaultTenantConfig, version: 0, updatedAt: null });
  });

  it('reads a configuration written under the current schema as it was stored', () => {
    const config = { ...defaultTenantConfig, gracePeriodDays: 30 };
    const read = storedConfigOf(stored(config, tenantConfigSchemaVersion));
    expect(read).toEqual({ config, version: 4, updatedAt: '2026-12-01T00:00:00.000Z' });
    expect(read.config).toBe(config);
  });

  it('parses one written under an older schema again, filling in what was added since', () => {
    const read = storedConfigOf(stored({ gracePeriodDays: 30 }, tenantConfigSchemaVersion - 1));
    expect(read.config).toEqual({ ...defaultTenantConfig, gracePeriodDays: 30 });
    expect(read.version).toBe(4);
  });

  it('falls back to the defaults when an older one no longer parses, rather than stopping scoring', () => {
    const read = storedConfigOf(stored({ gracePeriodDays: 'ninety' }, tenantConfigSchemaVersion - 1));
    expect(read.config).toEqual(defaultTenantConfig);
  });
});

describe('tenant configuration schema version', () => {
  it('changes with the schema: bump tenantConfigSchemaVersion and record the new hash here', () => {
    const shape = JSON.stringify(z.toJSONSchema(tenantConfigSchema()));
    const hash = createHash('sha256').update(shape).digest('hex');
    expect({ version: tenantConfigSchemaVersion, hash }).toEqual({
      version: 1,
      hash: '4038f35ef6edf64d3d82d082d81992d8be3820c06c4fee0b9eeafdbf4c72b4da',
    });
  });
});
