import { expect } from 'chai';
// Real-browser tests: Debian's Chromium driven by playwright-core against the app on an
// ephemeral port. Without /usr/bin/chromium the suite is skipped with an install hint, except
// when REQUIRE_BROWSER=1 (CI), where a missing browser fails the run.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { testApp } from './app.js';
import { projectRoot } from '../../src/config/paths.js';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const INSTALL_HINT =
  `Chromium not found at ${CHROMIUM_PATH}: the browser tests need it. ` +
  'Install it with "apt-get install chromium" (Debian), or set CHROMIUM_PATH.';

export const outputDir = path.join(projectRoot, 'test-output');

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface BrowserEnv {
  browser: Browser;
  context: BrowserContext;
  baseUrl: string;
  /** A new page in the shared context (or in a fresh context with these options). */
  newPage(opts?: { width?: number; height?: number; bypassCSP?: boolean }): Promise<Page>;
  close(): Promise<void>;
}

let hinted = false;

/**
 * Skip the calling suite when Chromium is missing (REQUIRE_BROWSER=1: fail instead).
 * Call from a before() hook with mocha's `this`.
 */
export function requireChromium(ctx: Mocha.Context): void {
  if (existsSync(CHROMIUM_PATH)) return;
  if (process.env.REQUIRE_BROWSER === '1') throw new Error(`REQUIRE_BROWSER=1: ${INSTALL_HINT}`);
  if (!hinted) console.warn(`      ⚠ ${INSTALL_HINT} Skipping the browser tests.`);
  hinted = true;
  ctx.skip();
}

/** Start the app on 127.0.0.1:<ephemeral> and launch Chromium. One per test file. */
export async function openBrowser(ctx: Mocha.Context): Promise<BrowserEnv> {
  requireChromium(ctx);
  const { app } = await testApp();
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  let browser: Browser;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: LAUNCH_ARGS,
    });
  } catch (e) {
    server.close();
    throw e;
  }
  const contextOptions = {
    baseURL: baseUrl,
    locale: 'sv-SE',
    viewport: { width: 1280, height: 900 },
    serviceWorkers: 'block' as const,
  };
  const context = await browser.newContext(contextOptions);
  const extra: BrowserContext[] = [];
  return {
    browser,
    context,
    baseUrl,
    async newPage(opts = {}) {
      if (opts.width || opts.bypassCSP) {
        const c = await browser.newContext({
          ...contextOptions,
          viewport: { width: opts.width ?? 1280, height: opts.height ?? 900 },
          bypassCSP: !!opts.bypassCSP,
        });
        extra.push(c);
        return watch(await c.newPage());
      }
      return watch(await context.newPage());
    },
    async close() {
      for (const c of extra) await c.close().catch(() => {});
      await context.close().catch(() => {});
      await browser.close().catch(() => {});
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Page errors and console errors (CSP violations show up there) collected per page. */
const errorsOf = new WeakMap<Page, string[]>();

function watch(page: Page): Page {
  const errors: string[] = [];
  errorsOf.set(page, errors);
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return page;
}

/** Errors the page logged so far (uncaught exceptions, console.error, CSP reports). */
export function pageErrors(page: Page): string[] {
  return errorsOf.get(page) ?? [];
}

let axeSource: string | undefined;

/** Run axe-core in the page; returns the violations with impact serious or critical. */
export async function seriousA11yViolations(
  page: Page,
): Promise<{ id: string; impact: string; help: string; nodes: string[] }[]> {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  // page.evaluate runs through the DevTools protocol, not as an inline <script>: the CSP allows it.
  const has = await page.evaluate('typeof window.axe');
  if (has === 'undefined') await page.evaluate(axeSource);
  const result = (await page.evaluate(`window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    }).then((r) => r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    })))`)) as { id: string; impact: string; help: string; nodes: string[] }[];
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Save a full-page screenshot under test-output/ (git-ignored) and return its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(outputDir, { recursive: true });
  const file = path.join(outputDir, name);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Wait until the page has finished rendering its current view (main[data-state="ready"]). */
export async function ready(page: Page): Promise<void> {
  await page.locator('main[data-state="ready"]').waitFor({ state: 'attached' });
}

/** Navigate and wait for the view to render. */
export async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await ready(page);
}

/** The ids of the ranked result cards, in order. */
export function cardIds(page: Page): Promise<string[]> {
  return page
    .locator('ol.cards > li.card')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id ?? ''));
}

/** The text of a card's availability badge. */
export async function availabilityBadge(page: Page, id: string): Promise<string> {
  return (
    (await page.locator(`#kort-${id} [data-badge="availability"]`).textContent()) ?? ''
  ).trim();
}

/**
 * Mocha hooks for a suite with one browser and a fresh page per test. Any uncaught page error or
 * CSP violation fails the test, except console errors matching `ignoredErrors` (expected 4xx).
 */
export function pagePerTest(ignoredErrors: RegExp): { readonly page: Page } {
  let env: BrowserEnv | undefined;
  let page: Page | undefined;
  before(async function () {
    env = await openBrowser(this);
  });
  after(async () => {
    await env?.close();
  });
  beforeEach(async () => {
    page = await env!.newPage();
  });
  afterEach(async () => {
    const errors = pageErrors(page!).filter((e) => !ignoredErrors.test(e));
    await page!.close();
    expect(errors, errors.join('\n')).to.deep.equal([]);
  });
  return {
    get page() {
      return page!;
    },
  };
}
