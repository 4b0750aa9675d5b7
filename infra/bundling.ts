/**
 * How every Lambda bundle is built, in one place: the CDK stack (loyalty-function.ts) deploys with
 * these values and `npm run bench` builds its bundles with them, so the sizes and cold inits it
 * measures are those of what is deployed. No CDK import here: the bench loads this file too.
 */

/** The Lambda runtime the bundles run on (Runtime.NODEJS_22_X). */
export const bundleTarget = 'node22';

/** CommonJS output; see `bundleFormats` in loyalty-function.ts for CDK's name of it. */
export const bundleFormat = 'cjs' as const;

export const minifyBundles = true;

/** A separate .map file next to the bundle (NODE_OPTIONS=--enable-source-maps reads it). */
export const bundleSourceMaps = true;

/**
 * Maps without the sources in them: stack traces still name file, line and column, and a map a
 * quarter of the size is parsed faster at every cold start (about 10 ms less per function).
 */
export const bundleSourcesContent = false;

/** How every function's Node.js is started: readable stack traces in the logs. */
export const deployedNodeOptions = '--enable-source-maps';

/**
 * Left out of the bundles: the Node.js 22 runtime ships AWS SDK v3. Passed to CDK explicitly, so that
 * its default (which depends on the runtime and feature flags) cannot drift from what the bench builds.
 */
export const externalModules: readonly string[] = ['@aws-sdk/*'];
