import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { dashboardContentSecurityPolicy, dashboardPath } from '../dashboard/build.js';

export interface DashboardSite {
  /** Where the built files are (see lib/dashboard/build.ts). */
  directory: string;
  files: readonly string[];
  /** The development staff tokens the dashboard signs in with, per tenant. Only served locally. */
  devSession(): unknown;
}

const contentTypes: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json',
};

const isLocalHost = (host: string | undefined) => /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/i.test(host ?? '');

/**
 * Answers /dashboard and its files, as CloudFront and S3 do on AWS, plus dev-session.json,
 * which exists only here. Answers false for any other path, which goes on to the API.
 */
export async function serveDashboard(site: DashboardSite, request: IncomingMessage, response: ServerResponse) {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  if (pathname !== dashboardPath && !pathname.startsWith(`${dashboardPath}/`)) return false;
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain' }).end('Method Not Allowed');
    return true;
  }
  if (pathname === dashboardPath) {
    response.writeHead(301, { location: `${dashboardPath}/` }).end();
    return true;
  }
  const name = pathname.slice(dashboardPath.length + 1) || 'index.html';
  if (name === 'dev-session.json') {
    // The tokens are only for pages of this machine's own origin: not for another site, nor
    // for a name rebound to 127.0.0.1 (DNS rebinding) that the Host header would give away.
    if (!isLocalHost(request.headers.host) || request.headers['sec-fetch-site'] === 'cross-site') {
      response.writeHead(403, { 'content-type': 'text/plain' }).end('Forbidden');
      return true;
    }
    response.writeHead(200, { 'content-type': contentTypes.json, 'cache-control': 'no-store' });
    response.end(JSON.stringify(site.devSession()));
    return true;
  }
  // Only the files the build wrote: no path from the request reaches the file system.
  if (!site.files.includes(name)) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
    return true;
  }
  const body = await readFile(join(site.directory, name));
  response.writeHead(200, {
    'content-type': contentTypes[name.split('.').pop()!] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
    'content-security-policy': dashboardContentSecurityPolicy,
    'referrer-policy': 'no-referrer',
  });
  response.end(request.method === 'HEAD' ? undefined : body);
  return true;
}
