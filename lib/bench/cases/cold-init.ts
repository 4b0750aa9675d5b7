import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { deployedNodeOptions } from '../../../infra/bundling.js';
import { type Bundle, buildBundle, floorSource, frameworkFloorSource, functionEntries, kilobytes } from '../bundles.js';
import { initSchedule, type Measured, pairRound } from '../init-schedule.js';
import { type PairedSample, pairedMedians } from '../rounds.js';
import { atMost, type BenchContext, type BenchResult, measuredArgument, ratioAtMost } from '../result.js';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const maxInitRatio = 1.25;
const maxBundleKilobytes = 300;
// The floors are measured again before every this many functions.
const groupSize = 5;
const execFileAsync = promisify(execFile);

// Times the require alone: node's own start-up is the same for every bundle and would only dilute the ratio.
const childScript =
  'const started = performance.now(); require(process.argv[1]); process.stdout.write(String(performance.now() - started));';

/**
 * The environment of a deployed function, with dummy values: the modules read their configuration at
 * load and throw when some is missing. Nothing is fetched at load (the JWKS is fetched on first use),
 * so the addresses need not exist. `nodeModules` stands in for the runtime's copy of the AWS SDK,
 * which the bundles leave external; the floor resolves it from there too.
 */
export function deployedEnvironment(nodeModules: string): NodeJS.ProcessEnv {
  return {
    NODE_OPTIONS: deployedNodeOptions,
    NODE_PATH: nodeModules,
    AWS_REGION: 'eu-west-1',
    AWS_ACCESS_KEY_ID: 'AKIDBENCH',
    AWS_SECRET_ACCESS_KEY: 'bench-secret',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    POWERTOOLS_SERVICE_NAME: 'hotel-loyalty-api',
    POWERTOOLS_METRICS_DISABLED: 'true',
    TABLE_NAME: 'loyalty-bench',
    JWT_ISSUER: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_bench',
    JWT_AUDIENCE: 'bench-client',
    JWKS_URL: 'https://example.invalid/.well-known/jwks.json',
    FAILURE_QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/123456789012/loyalty-bench-failures',
    RECALCULATION_STATE_MACHINE_ARN: 'arn:aws:states:eu-west-1:123456789012:stateMachine:loyalty-bench',
    RECALCULATION_SEGMENTS: '4',
  };
}

/** Milliseconds one fresh `node` process takes to require the bundle; throws with its stderr when it fails. */
async function initMilliseconds(bundle: Bundle, env: NodeJS.ProcessEnv): Promise<number> {
  let stdout: string;
  try {
    ({ stdout } = await execFileAsync(process.execPath, ['-e', childScript, bundle.path], { env }));
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? String(error);
    throw new Error(`cold init: the ${bundle.name} bundle does not load: ${stderr.trim()}`);
  }
  const milliseconds = Number(stdout);
  if (!Number.isFinite(milliseconds)) throw new Error(`cold init: ${bundle.name} printed "${stdout}", not a time`);
  return milliseconds;
}

/**
 * Cold init of every Lambda bundle, built with the deployed esbuild options and started with the deployed
 * NODE_OPTIONS, each in a fresh process, against the fixed stack's floor (document client, zod, middy,
 * Powertools) measured alike; how far that floor is above the bare document client; each bundle's size.
 * Both floors are measured around every few functions, in an order shuffled each round (init-schedule.ts),
 * and each function's ratio is the median of its ratios to the floors measured around it (rounds.ts).
 */
export async function coldInitCase(context: BenchContext): Promise<BenchResult[]> {
  const rounds = context.quick ? 2 : 7;
  const outDirectory = mkdtempSync(join(tmpdir(), 'loyalty-bench-bundles-'));
  try {
    const entries = functionEntries(join(projectRoot, 'functions'));
    const bundles: Bundle[] = [];
    for (const name of entries) {
      bundles.push(await buildBundle(name, { file: join(projectRoot, 'functions', `${name}.ts`) }, outDirectory));
    }
    const floor = await buildBundle(
      'document-client-floor',
      { contents: floorSource, resolveDir: projectRoot },
      outDirectory,
    );
    const frameworkFloor = await buildBundle(
      'framework-floor',
      { contents: frameworkFloorSource, resolveDir: projectRoot },
      outDirectory,
    );
    const env = deployedEnvironment(join(projectRoot, 'node_modules'));
    const pairs = new Map(
      bundles.map((bundle) => [bundle, { framework: [] as PairedSample[], bare: [] as PairedSample[] }]),
    );
    const frameworkOverBare: PairedSample[] = [];
    // Round 0 is not counted: it reads the SDK and the bundles from disk into the page cache.
    const schedule = initSchedule([floor, frameworkFloor], bundles, { rounds: rounds + 1, groupSize, seed: 2026 });
    for (const [round, order] of schedule.entries()) {
      const measured: Measured<Bundle>[] = [];
      for (const bundle of order) measured.push({ item: bundle, milliseconds: await initMilliseconds(bundle, env) });
      if (round === 0) continue;
      const paired = pairRound(measured, { bare: floor, framework: frameworkFloor });
      frameworkOverBare.push(...paired.frameworkOverBare);
      for (const { item, framework, bare } of paired.products) {
        pairs.get(item)!.framework.push(framework);
        pairs.get(item)!.bare.push(bare);
      }
    }
    const floorFigures = pairedMedians(frameworkOverBare);
    const figures = bundles.map((bundle) => ({
      bundle,
      overFramework: pairedMedians(pairs.get(bundle)!.framework),
      overBare: pairedMedians(pairs.get(bundle)!.bare),
    }));
    const slowest = figures.reduce((worst, next) => (next.overBare.ratio > worst.overBare.ratio ? next : worst));
    context.log(
      `cold init: document client ${floorFigures.baseline.toFixed(1)} ms, with zod, middy and Powertools ` +
        `${floorFigures.value.toFixed(1)} ms (medians of ${frameworkOverBare.length}); slowest ${slowest.bundle.name} ` +
        `${slowest.overBare.value.toFixed(1)} ms`,
    );
    return [
      measuredArgument(
        'cold init: zod, middy and Powertools over the bare document client',
        floorFigures.value,
        floorFigures.baseline,
        'ms',
        floorFigures.ratio,
      ),
      ratioAtMost(
        `cold init, slowest (${slowest.bundle.name}) over the bare document client`,
        slowest.overBare.value,
        slowest.overBare.baseline,
        'ms',
        maxInitRatio * floorFigures.ratio,
        slowest.overBare.ratio,
      ),
      ...figures.flatMap(({ bundle, overFramework }) => [
        ratioAtMost(
          `cold init: ${bundle.name}`,
          overFramework.value,
          overFramework.baseline,
          'ms',
          maxInitRatio,
          overFramework.ratio,
        ),
        atMost(`bundle size: ${bundle.name}`, kilobytes(bundle.bytes), 'KB', maxBundleKilobytes),
      ]),
    ];
  } finally {
    rmSync(outDirectory, { recursive: true, force: true });
  }
}
