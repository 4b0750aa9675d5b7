import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const appDirectory = join(dirname(fileURLToPath(import.meta.url)), 'app');

/** Where the dashboard lives, locally and behind CloudFront. */
export const dashboardPath = '/dashboard';

/**
 * What the dashboard's pages may load: its own files and API only. Plot writes a small
 * <style> into each chart, hence inline styles; scripts only from the files themselves.
 */
export const dashboardContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The files a build writes; nothing else is served or uploaded. */
export const dashboardFiles = ['index.html', 'app.js', 'app.css'] as const;

/**
 * Builds the dashboard's static files into `outputDirectory`: the same files `npm start`
 * serves at /dashboard and the CDK app uploads behind CloudFront. Synchronous, because CDK's
 * local bundling is (it takes about a tenth of a second).
 */
export function buildDashboard(outputDirectory: string): readonly string[] {
  mkdirSync(outputDirectory, { recursive: true });
  buildSync({
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
  });
  copyFileSync(join(appDirectory, 'index.html'), join(outputDirectory, 'index.html'));
  return dashboardFiles;
}
