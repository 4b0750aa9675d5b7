import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDashboard } from '../../../lib/local/dashboard-site.js';

describe('the local dashboard site', () => {
  let server: Server;
  let base: string;

  beforeAll(async () => {
    const directory = mkdtempSync(join(tmpdir(), 'dashboard-site-'));
    writeFileSync(join(directory, 'index.html'), '<!doctype html><title>t</title>');
    writeFileSync(join(directory, 'app.js'), 'console.log(1)');
    writeFileSync(join(directory, 'secret.txt'), 'not built');
    const site = {
      directory,
      files: ['index.html', 'app.js'],
      devSession: () => ({ tenants: { demo: { staffToken: 't' } } }),
    };
    server = createServer((request, response) => {
      void serveDashboard(site, request, response).then((served) => {
        if (!served) response.writeHead(418).end('api');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sends /dashboard to /dashboard/ and answers the page and its script with their types', async () => {
    const bare = await fetch(`${base}/dashboard`, { redirect: 'manual' });
    const page = await fetch(`${base}/dashboard/`);
    const script = await fetch(`${base}/dashboard/app.js`);

    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/dashboard/');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('<!doctype html>');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('hands out the development staff tokens, uncached', async () => {
    const session = await fetch(`${base}/dashboard/dev-session.json`);
    expect(session.headers.get('cache-control')).toBe('no-store');
    expect(await session.json()).toEqual({ tenants: { demo: { staffToken: 't' } } });
  });

  it('keeps the tokens from other sites and from names rebound to this machine', async () => {
    const { request } = await import('node:http');
    const statusFor = (headers: Record<string, string>) =>
      new Promise<number>((resolve, reject) => {
        const url = new URL(`${base}/dashboard/dev-session.json`);
        request({ host: url.hostname, port: url.port, path: url.pathname, headers }, (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        })
          .on('error', reject)
          .end();
      });

    expect(await statusFor({ host: 'attacker.example:3000' })).toBe(403);
    expect(await statusFor({ host: `localhost:${new URL(base).port}`, 'sec-fetch-site': 'cross-site' })).toBe(403);
    expect(await statusFor({ host: `localhost:${new URL(base).port}`, 'sec-fetch-site': 'same-origin' })).toBe(200);
  });

  it('lets the page load only its own scripts', async () => {
    const policy = (await fetch(`${base}/dashboard/`)).headers.get('content-security-policy');
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it('serves only the files the build wrote, and no writes', async () => {
    expect((await fetch(`${base}/dashboard/secret.txt`)).status).toBe(404);
    expect((await fetch(`${base}/dashboard/..%2Fsecret.txt`)).status).toBe(404);
    expect((await fetch(`${base}/dashboard/`, { method: 'POST', body: '{}' })).status).toBe(405);
  });

  it('leaves every other path to the API', async () => {
    expect((await fetch(`${base}/v1/guests/x`)).status).toBe(418);
    expect((await fetch(`${base}/dashboards`)).status).toBe(418);
  });
});
