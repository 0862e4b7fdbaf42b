// Accessibility (axe-core: no serious or critical violations), landmarks, 360 px without
// horizontal scrolling, and the page weight budget (HTML + CSS + JS < 150 kB uncompressed).
import { expect } from 'chai';
import type { Page } from 'playwright-core';
import {
  open,
  openBrowser,
  pageErrors,
  seriousA11yViolations,
  type BrowserEnv,
} from '../helpers/browser.js';

const RESULTS = '/?age=16&district=skarholmen&criminality=convicted&aggression=true';

const PAGES: [string, string][] = [
  ['start page', '/'],
  ['results page', RESULTS],
  ['results with "Varför inte?" open', RESULTS],
  ['detail page', '/insats/kibb'],
  ['search page', '/sok?q=familjebehandling'],
  ['catalogue', '/katalog?needArea=parenting'],
  ['form errors', '/?age=30'],
  ['coverage (/tackning)', '/tackning?district=norrmalm&needArea=neglect'],
];

async function noHorizontalScroll(page: Page): Promise<{ scroll: number; client: number }> {
  return page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
}

describe('browser: accessibility, small screens and page weight', function () {
  this.timeout(40_000);
  let env: BrowserEnv;

  before(async function () {
    env = await openBrowser(this);
  });
  after(async () => {
    await env?.close();
  });

  for (const [name, url] of PAGES) {
    it(`axe: no serious or critical violations on the ${name}`, async () => {
      const page = await env.newPage();
      await open(page, url);
      if (name.includes('Varför inte')) await page.locator('#why-not-toggle').click();
      const violations = await seriousA11yViolations(page);
      expect(
        violations,
        violations.map((v) => `${v.impact} ${v.id}: ${v.help} → ${v.nodes.join(' | ')}`).join('\n'),
      ).to.deep.equal([]);
      // Landmarks and language.
      for (const sel of ['header', 'nav', 'main', 'footer'])
        expect(await page.locator(sel).count(), sel).to.be.at.least(1);
      expect(await page.getAttribute('html', 'lang')).to.equal('sv');
      const errors = pageErrors(page).filter((e) => !/status of 400/.test(e));
      await page.close();
      expect(errors, errors.join('\n')).to.deep.equal([]);
    });
  }

  it('has a visible focus indicator and an aria-live region for results and errors', async () => {
    const page = await env.newPage();
    await open(page, '/');
    expect(await page.getAttribute('#results-status', 'aria-live')).to.equal('polite');
    expect(await page.getAttribute('#form-errors', 'role')).to.equal('alert');
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab');
    const style = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    expect(style.style).to.equal('solid');
    expect(style.width).to.be.at.least(2);
    await page.close();
  });

  for (const [name, url] of [
    ['start page', '/'],
    ['results page', RESULTS],
    ['detail page', '/insats/skkp'],
    ['catalogue', '/katalog'],
    ['coverage page', '/tackning'],
  ] as const) {
    it(`360 px: the ${name} does not scroll horizontally`, async () => {
      const page = await env.newPage({ width: 360, height: 740 });
      await open(page, url);
      if (url === RESULTS) expect(await page.locator('ol.cards > li').count()).to.be.greaterThan(0);
      const { scroll, client } = await noHorizontalScroll(page);
      expect(scroll, `document is ${scroll}px wide in a ${client}px viewport`).to.be.at.most(
        client,
      );
      if (url === '/tackning') {
        // The matrix scrolls inside its own box, with the need-area column sticky.
        const wrap = await page.evaluate(() => {
          const w = document.getElementById('matrix-wrap')!;
          const th = w.querySelector('tbody th') as HTMLElement;
          return {
            scrolls: w.scrollWidth > w.clientWidth,
            sticky: getComputedStyle(th).position,
          };
        });
        expect(wrap).to.deep.equal({ scrolls: true, sticky: 'sticky' });
      }
      await page.close();
    });
  }

  for (const [name, url] of [
    ['start page with results', RESULTS],
    ['coverage page', '/tackning'],
  ] as const) {
    it(`page weight: HTML + CSS + JS of the ${name} is under 150 kB`, async () => {
      const page = await env.newPage();
      const sizes: Record<string, number> = {};
      page.on('response', async (res) => {
        const type = res.request().resourceType();
        if (!['document', 'script', 'stylesheet'].includes(type)) return;
        try {
          sizes[new URL(res.url()).pathname] = (await res.body()).length;
        } catch {
          /* redirected or aborted */
        }
      });
      await open(page, url);
      await page.waitForLoadState('networkidle');
      const total = Object.values(sizes).reduce((a, b) => a + b, 0);
      console.log(
        `      page weight ${url}: ${(total / 1024).toFixed(1)} kB (${Object.entries(sizes)
          .map(([p, n]) => `${p} ${(n / 1024).toFixed(1)}`)
          .join(', ')})`,
      );
      expect(Object.keys(sizes).some((p) => p.endsWith('.css'))).to.equal(true);
      expect(Object.keys(sizes).some((p) => p.endsWith('.js'))).to.equal(true);
      expect(total).to.be.below(150 * 1024);
      // Nothing from outside the app (no CDN, no fonts).
      const external = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((e) => e.name)
          .filter((n) => !n.startsWith(location.origin)),
      );
      expect(external).to.deep.equal([]);
      await page.close();
    });
  }
});
