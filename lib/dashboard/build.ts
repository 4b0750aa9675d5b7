import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const appDirectory = join(dirname(fileURLToPath(import.meta.url)), 'app');

/**
 * Builds the dashboard's static files (index.html, app.js, app.css) into `outputDirectory`:
 * the same files `npm start` serves at /dashboard and the CDK app uploads behind CloudFront.
 */
export async function buildDashboard(outputDirectory: string): Promise<string[]> {
  mkdirSync(outputDirectory, { recursive: true });
  await build({
    // main.tsx imports styles.css, so esbuild writes app.css beside app.js.
    entryPoints: { app: join(appDirectory, 'main.tsx') },
    outdir: outputDirectory,
    bundle: true,
    minify: true,
    format: 'esm',
    target: ['chrome120', 'firefox120', 'safari16'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    tsconfig: join(appDirectory, 'tsconfig.json'),
    legalComments: 'none',
    logLevel: 'warning',
    entryNames: '[name]',
  });
  copyFileSync(join(appDirectory, 'index.html'), join(outputDirectory, 'index.html'));
  return ['index.html', 'app.js', 'app.css'];
}
