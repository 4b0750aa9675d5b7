import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import {
  bundleFormat,
  bundleSourceMaps,
  bundleSourcesContent,
  bundleTarget,
  externalModules,
  minifyBundles,
} from '../../infra/bundling.js';

/**
 * The esbuild options CDK's NodejsFunction passes for a deployed function (`--bundle --platform=node`
 * plus the values of infra/bundling.ts), so that the bench measures the bundles that are deployed.
 */
export const deployedBuildOptions = {
  bundle: true,
  platform: 'node',
  target: bundleTarget,
  format: bundleFormat,
  minify: minifyBundles,
  // `true` is CDK's default source map mode: a separate .map file, linked from the bundle.
  sourcemap: bundleSourceMaps,
  sourcesContent: bundleSourcesContent,
  external: [...externalModules],
  logLevel: 'silent',
} satisfies BuildOptions;

/**
 * What the floor bundle does: only build the DynamoDB document client, which every function does
 * at load, so that a function's init above it is the product's own cost.
 */
export const floorSource = [
  "const { DynamoDBClient } = require('@aws-sdk/client-dynamodb');",
  "const { DynamoDBDocumentClient } = require('@aws-sdk/lib-dynamodb');",
  'exports.client = DynamoDBDocumentClient.from(new DynamoDBClient({}));',
].join('\n');

/**
 * The fixed stack's floor: the document client, and zod, middy and Powertools' logger and metrics
 * loaded and used once, as every function must (they are the project's fixed or chosen libraries).
 * What a function costs above this is the product's own code and schemas.
 */
export const frameworkFloorSource = [
  "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';",
  "import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';",
  "import * as z from 'zod';",
  "import middy from '@middy/core';",
  "import normalizeHeaders from '@middy/http-header-normalizer';",
  "import { Logger } from '@aws-lambda-powertools/logger';",
  "import { Metrics } from '@aws-lambda-powertools/metrics';",
  'export const client = DynamoDBDocumentClient.from(new DynamoDBClient({}));',
  'export const schema = z.object({ id: z.string() });',
  "export const logger = new Logger({ serviceName: 'floor' });",
  "export const metrics = new Metrics({ namespace: 'Floor', serviceName: 'floor' });",
  'export const handler = middy(async () => ({ statusCode: 200 })).use(normalizeHeaders());',
].join('\n');

/** One built bundle: its name, the path of its .js file and that file's size (the source map not counted). */
export interface Bundle {
  name: string;
  path: string;
  bytes: number;
}

/** The Lambda entries: every .ts file in the functions directory, by name without extension, sorted. */
export function functionEntries(functionsDirectory: string): string[] {
  return readdirSync(functionsDirectory)
    .filter((file) => file.endsWith('.ts'))
    .map((file) => file.slice(0, -3))
    .sort();
}

/** Bytes as kilobytes (1024), rounded to 0.1. */
export const kilobytes = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;

/**
 * Builds one bundle into `<outDirectory>/<name>/index.js` (CDK's layout), from a file or from source
 * text whose imports resolve from `resolveDir`.
 */
export async function buildBundle(
  name: string,
  entry: { file: string } | { contents: string; resolveDir: string },
  outDirectory: string,
): Promise<Bundle> {
  const path = join(outDirectory, name, 'index.js');
  const source: BuildOptions =
    'file' in entry
      ? { entryPoints: [entry.file] }
      : { stdin: { contents: entry.contents, resolveDir: entry.resolveDir, sourcefile: `${name}.js`, loader: 'js' } };
  await build({ ...deployedBuildOptions, ...source, outfile: path });
  return { name, path, bytes: statSync(path).size };
}
