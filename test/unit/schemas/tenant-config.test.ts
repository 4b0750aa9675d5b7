import { describe, expect, it } from 'vitest';
import { defaultTenantConfig, tenantConfigSchema } from '../../../lib/schemas/tenant-config.js';

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
