import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { deployedBuildOptions, functionEntries, kilobytes } from '../../../lib/bench/bundles.js';
import { deployedEnvironment } from '../../../lib/bench/cases/cold-init.js';
import { storeLocationFromEnvironment, tokenEnvironment } from '../../../lib/config/environment.js';
import { failureSinkFromEnvironment } from '../../../lib/services/scoring-runtime.js';
import {
  bundleFormat,
  bundleSourceMaps,
  bundleTarget,
  externalModules,
  minifyBundles,
} from '../../../infra/bundling.js';

describe('cold init bench', () => {
  it('builds with the deployed bundling settings of infra/bundling.ts', () => {
    expect(deployedBuildOptions).toMatchObject({
      bundle: true,
      platform: 'node',
      target: bundleTarget,
      format: bundleFormat,
      minify: minifyBundles,
      sourcemap: bundleSourceMaps,
      external: [...externalModules],
    });
  });

  it('lists every function entry, sorted, by name without extension', () => {
    const entries = functionEntries(fileURLToPath(new URL('../../../functions/', import.meta.url)));
    expect(entries).toContain('health');
    expect(entries).toContain('score-stream');
    expect(entries).toEqual([...entries].sort());
    expect(entries.every((entry) => !entry.endsWith('.ts'))).toBe(true);
  });

  it('gives the children an environment that every load-time configuration check accepts, as deployed', () => {
    const env = deployedEnvironment('/somewhere/node_modules');
    expect(storeLocationFromEnvironment(env)).toMatchObject({ tableName: env.TABLE_NAME, endpoint: undefined });
    expect(tokenEnvironment(env).JWKS_URL).toBe(env.JWKS_URL);
    expect(() => failureSinkFromEnvironment(env)).not.toThrow();
    expect(env.NODE_PATH).toBe('/somewhere/node_modules');
    // The local settings would change what loads (a key file, DynamoDB Local): a deployed function has none.
    expect(env.JWKS_PATH).toBeUndefined();
    expect(env.DYNAMODB_ENDPOINT).toBeUndefined();
    expect(env.STREAM_FAILURE_FILE).toBeUndefined();
  });

  it('reports kilobytes of 1024 bytes, to 0.1', () => {
    expect(kilobytes(1024)).toBe(1);
    expect(kilobytes(123_456)).toBe(120.6);
    expect(kilobytes(0)).toBe(0);
  });
});
