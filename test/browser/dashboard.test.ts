import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalStack, startLocalStack } from '../../lib/local/stack.js';
import { generatePopulation } from '../../lib/seed/population.js';
import { seedTenant } from '../../lib/seed/seed-tenant.js';
import { artifactDirectory, launchChromium } from './chromium.js';

// The check: a stack seeded with 500 guests (as `npm run seed -- --guests 500` does),
// and the dashboard in headless Chromium against it.
let stack: LocalStack;
let browser: Browser;
let dataDirectory: string;

beforeAll(async () => {
  dataDirectory = mkdtempSync(join(tmpdir(), 'loyalty-dashboard-'));
  stack = await startLocalStack({ dataDirectory, inMemory: true, port: 0, tableName: 'loyalty-dashboard' });
  const demo = stack.credentials.tenants.demo!;
  await seedTenant(
    { url: stack.url, apiKey: demo.apiKey, adminToken: demo.adminToken },
    generatePopulation({ guests: 500, seed: 42, asOf: new Date() }),
  );
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  rmSync(dataDirectory, { recursive: true, force: true });
});

async function open(hash = '#/', options: { locale?: string } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 900 },
    locale: options.locale ?? 'en-US',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // A refused script or style (the content security policy) is a console error; an API answer
  // of 404 the page handles is not.
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      errors.push(message.text());
  });
  await page.goto(`${stack.url}/dashboard/${hash}`);
  page.once('close', () => expect(errors).toEqual([]));
  return { context, page };
}

const screenshot = (page: Page, name: string) =>
  page.screenshot({ path: join(artifactDirectory, `${name}.png`), fullPage: true });

describe('the dashboard in Chromium', () => {
  it('signs in by itself and draws the Pareto curve with the 80/20 point, the tier pyramid and the quadrant scatter', async () => {
    const { context, page } = await open();

    const pareto = page.locator('[data-view=pareto]');
    await expect.poll(() => pareto.locator('svg path').count()).toBeGreaterThan(1);
    const headline = await pareto.locator('.headline').textContent();
    // Evaluated in the page (a string, so this Node-typed file needs no DOM types).
    const lineLength = await page.evaluate<number>(
      `Math.max(...[...document.querySelectorAll('[data-view=pareto] svg path')].map((p) => p.getTotalLength()))`,
    );
    // Each chart draws when its own report arrives.
    await expect.poll(() => page.locator('[data-view=tiers] svg rect').count()).toBeGreaterThan(0);
    // Dots are drawn as symbols by tier (paths), in the marks Plot labels "dot".
    const dotMarks = page.locator('[data-view=quadrants] svg g[aria-label=dot] > *');
    await expect.poll(() => dotMarks.count()).toBeGreaterThan(0);
    const pyramidBars = await page.locator('[data-view=tiers] svg rect').count();
    const dots = await dotMarks.count();
    const svgLabel = await pareto.locator('svg').first().getAttribute('aria-label');
    await screenshot(page, 'overview');

    expect(headline).toMatch(/^The top 20% of guests bring \d+% of the value$/);
    expect(lineLength).toBeGreaterThan(100);
    expect(pyramidBars).toBe(3);
    expect(dots).toBeGreaterThan(50);
    expect(svgLabel).toContain('Pareto curve');
    await context.close();
  });

  it('opens a guest page from the key-customer list, with the score, stays and a recommendation with reasons', async () => {
    const { context, page } = await open('#/key-customers');

    const rows = page.locator('[data-testid=key-customer-table] tbody tr');
    await expect.poll(() => rows.count()).toBe(25);
    const firstName = await rows.first().locator('a').textContent();
    await screenshot(page, 'key-customers');
    await rows.first().locator('a').click();

    await page.locator('#profile-title').waitFor();
    const heading = await page.locator('#profile-title').textContent();
    await page.locator('.recommendations > li').first().waitFor();
    const reasons = await page.locator('.recommendations li li').count();
    const stays = await page.locator('[data-view=guest] svg g[aria-label=dot] > *').count();
    const focused = await page.evaluate<string>('document.activeElement?.id');
    const title = await page.title();
    const tier = await page.locator('#score-title + .headline .badge').textContent();
    await screenshot(page, 'guest');

    expect(page.url()).toMatch(/#\/guests\/guest-\d+$/);
    expect(heading).toBe(firstName);
    expect(tier).toBe('Key');
    expect(focused).toBe('main');
    expect(title).toMatch(/^guest-\d+ · Guest value dashboard$/);
    expect(reasons).toBeGreaterThan(0);
    expect(stays).toBeGreaterThan(0);
    await context.close();
  });

  it('lists open complaints most urgent first, with the time left', async () => {
    const { context, page } = await open('#/complaints');

    const rows = page.locator('[data-view=complaints] tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(5);
    const timeLeft = await rows.first().locator('td').nth(1).locator('strong').textContent();
    await screenshot(page, 'complaints');

    expect(timeLeft).toMatch(/(left|overdue by)/);
    await context.close();
  });

  it('speaks Simplified Chinese when the browser does, and switches language on request', async () => {
    const { context, page } = await open('#/', { locale: 'zh-CN' });

    await page.locator('[data-view=pareto] .headline').waitFor();
    const chineseNav = await page.locator('nav a').first().textContent();
    const lang = await page.evaluate<string>('document.documentElement.lang');
    await screenshot(page, 'overview-zh-CN');
    await page.getByLabel('语言').selectOption('en');
    const englishNav = await page.locator('nav a').first().textContent();

    expect(chineseNav).toBe('总览');
    expect(lang).toBe('zh-CN');
    expect(englishNav).toBe('Overview');
    await context.close();
  });

  it('can be used from the keyboard: skip link first, then the sections', async () => {
    const { context, page } = await open('#/complaints');
    await page.locator('[data-view=complaints] tbody tr').first().waitFor();

    await page.keyboard.press('Tab');
    const first = await page.evaluate<string>('document.activeElement?.textContent');
    await page.keyboard.press('Enter');
    const skippedTo = await page.evaluate<string>('document.activeElement?.id');
    const stillOnComplaints = page.url().endsWith('#/complaints');
    await page.goto(`${stack.url}/dashboard/#/`);
    await page.reload();
    await page.locator('[data-view=pareto] .headline').waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const second = await page.evaluate<string>('document.activeElement?.textContent');
    await page.keyboard.press('Enter');
    await page.locator('[data-view=key-customers]').waitFor();

    expect(first).toBe('Skip to content');
    expect(skippedTo).toBe('main');
    expect(stillOnComplaints).toBe(true);
    expect(second).toBe('Key customers');
    expect(page.url()).toMatch(/#\/key-customers$/);
    await context.close();
  });

  it('says so when a guest is not there, in the language shown', async () => {
    const { context, page } = await open('#/guests/no-such-guest', { locale: 'zh-CN' });

    const alert = page.locator('[role=alert]');
    await alert.waitFor();

    expect(await alert.textContent()).toContain('本酒店集团没有宾客 no-such-guest。');
    await context.close();
  });

  it('says what to do when a hotel group has no recalculation yet', async () => {
    const { context, page } = await open();
    await page.getByLabel('Hotel group').selectOption('demo2');

    await page.locator('[data-view=no-recalculation]').waitFor();
    await page.locator('[data-view=quadrants]').waitFor();
    const messages = await page.locator('[role=alert]').allTextContents();
    await screenshot(page, 'empty-tenant');

    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('No recalculation has run yet');
    expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(1);
    await context.close();
  });

  it('asks for a token where no development session is served, as on AWS, and says when it is refused', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    await context.route('**/dashboard/dev-session.json', (route) => route.fulfill({ status: 404, body: '' }));
    const page = await context.newPage();
    await page.goto(`${stack.url}/dashboard/#/`);

    await page.getByLabel('Staff token').fill('not-a-token');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Your session has ended. Sign in again.').waitFor();
    await page.getByLabel('Staff token').fill(stack.credentials.tenants.demo!.staffToken);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('[data-view=pareto] .headline').waitFor();

    expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(1);
    await context.close();
  });
});
