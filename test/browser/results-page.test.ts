// The results page a social worker decides from (issue 11), in real Chromium: local first and
// compact, the needs overview, groups and the "Visa:" filter, stale results, pick/compare/print/copy
// and "Om kunskapsläge". Heights and page counts are the measured targets.
import { expect } from 'chai';
import type { Page } from 'playwright-core';
import {
  open,
  openBrowser,
  pageErrors,
  ready,
  seriousA11yViolations,
  type BrowserEnv,
} from '../helpers/browser.js';

const SKARHOLMEN =
  '/?age=14&district=skarholmen&criminality=suspected&schoolAbsence=frequent&substanceUse=risky';
const NORRMALM = '/?age=8&district=norrmalm&violence=witnessed';
const OSTERMALM = '/?age=16&district=ostermalm&criminality=convicted';

const pageHeight = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);

/** Ids of the shown option rows, in page order. */
const rowIds = (page: Page, scope = '') =>
  page
    .locator(`${scope} li.card[data-id]`)
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id ?? ''));

describe('browser: the results page (issue 11)', function () {
  this.timeout(60_000);
  let env: BrowserEnv;
  const pages: Page[] = [];
  before(async function () {
    env = await openBrowser(this);
  });
  after(async () => {
    await env?.close();
  });
  async function newPage(opts?: { width?: number; height?: number }): Promise<Page> {
    const p = await env.newPage(opts);
    pages.push(p);
    return p;
  }
  afterEach(async () => {
    for (const p of pages.splice(0)) {
      const errors = pageErrors(p);
      await p.close();
      expect(errors, errors.join('\n')).to.deep.equal([]);
    }
  });

  it('Skärholmen, 14: every local option before any other-district one, < 3,000 px at 1280 and < 6,000 px at 360', async () => {
    const page = await newPage();
    await open(page, SKARHOLMEN);
    const ranks = await page.locator('li.card[data-id]').evaluateAll((els) =>
      els.map((e) => ({
        id: (e as HTMLElement).dataset.id,
        rank: Number(e.querySelector('.rank')?.textContent?.replace('.', '')),
        local: e.classList.contains('av-local'),
        other: e.classList.contains('av-other-district'),
      })),
    );
    expect(ranks.length).to.equal(28); // 28 since #13 changed the catalogue (new records, re-read facts)
    const lastLocal = Math.max(...ranks.filter((r) => r.local).map((r) => r.rank));
    const firstOther = Math.min(...ranks.filter((r) => r.other).map((r) => r.rank));
    expect(lastLocal).to.be.lessThan(firstOther);
    expect(await pageHeight(page)).to.be.lessThan(3000);
    const narrow = await newPage({ width: 360, height: 800 });
    await open(narrow, SKARHOLMEN);
    expect(await pageHeight(narrow)).to.be.lessThan(6000);
    const overflow = await narrow.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, 'no horizontal scroll at 360 px').to.be.at.most(0);
  });

  it('groups rows under the four headings with counts; visa=lokal puts every local option in the first 800 px', async () => {
    const page = await newPage({ width: 1280, height: 800 });
    await open(page, SKARHOLMEN);
    const headings = await page.locator('.group h3').allTextContents();
    expect(headings.map((t) => t.replace(/ \(\d+\)$/, ''))).to.deep.equal([
      'I din stadsdel',
      'Centrala alternativ – hela staden',
      'Kan köpas eller avropas',
      'Plats okänd',
    ]);
    await page.getByRole('button', { name: /^I din stadsdel \(\d+\)$/ }).click();
    expect(new URL(page.url()).searchParams.get('visa')).to.equal('lokal');
    await page.reload();
    await ready(page);
    // The page opens with the filter at the top of the screen: every local row is inside that
    // first 800 px viewport, without scrolling.
    const boxes = await page
      .locator('.group-lokal li.card')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect()));
    expect(boxes.length).to.equal(7);
    for (const b of boxes) {
      expect(b.top).to.be.at.least(0);
      expect(b.bottom).to.be.at.most(800);
    }
    expect(await page.locator('.group-central').isHidden()).to.equal(true);
  });

  it('moves caveats into "Att kontrollera" and keeps "Skäl:" for reasons', async () => {
    const page = await newPage();
    await open(page, SKARHOLMEN);
    const caveats = await page.locator('li.card .caveats').allTextContents();
    expect(
      caveats.some((t) => /Att kontrollera: Åldersgräns anges inte i källorna/.test(t)),
    ).to.equal(true);
    for (const t of await page.locator('li.card .reasons').allTextContents())
      expect(t).to.not.match(/Åldersgräns anges inte/);
  });

  it('names Norrmalm’s hard gap for witnessed violence (8 years) above the first option', async () => {
    const page = await newPage();
    await open(page, NORRMALM);
    const line = page.locator('#needs-overview li[data-need="violence-witnessed"]');
    expect(await line.getAttribute('data-gap')).to.equal('hard');
    expect(await line.textContent()).to.match(
      /ingen insats i Norrmalm och inget centralt alternativ; finns i .*Trappan.* \(kan köpas\)/,
    );
    const overviewY = await line.evaluate((e) => e.getBoundingClientRect().top);
    const firstRowY = await page
      .locator('li.card')
      .first()
      .evaluate((e) => e.getBoundingClientRect().top);
    expect(overviewY).to.be.lessThan(firstRowY);
  });

  it('shows the central group for a convicted 16-year-old in Östermalm (SKKP), though MST is local', async () => {
    const page = await newPage();
    await open(page, OSTERMALM);
    expect(await rowIds(page, '.group-lokal')).to.include('mst');
    expect(await rowIds(page, '.group-central')).to.include('skkp');
    expect(await page.locator('#needs-overview').textContent()).to.match(/centralt: .*SKKP/);
  });

  it('dims stale results and offers "Visa insatser igen" when the form changes', async () => {
    const page = await newPage();
    await open(page, '/?age=8&district=bromma&violence=witnessed');
    const banner = page.locator('#stale-banner');
    expect(await banner.isHidden()).to.equal(true);
    await page
      .locator('#profile-form')
      .getByLabel('Stadsdel', { exact: true })
      .selectOption('norrmalm');
    expect(await banner.isVisible()).to.equal(true);
    expect(await page.locator('#results').getAttribute('data-stale')).to.equal('true');
    // The form's sticky action bar keeps "Visa insatser" on screen beside the changed select.
    const submit = await page
      .locator('#profile-form button[type="submit"]')
      .evaluate((b) => b.getBoundingClientRect());
    expect(submit.top).to.be.at.least(0);
    expect(submit.bottom).to.be.at.most(900);
    await banner.getByRole('button', { name: 'Visa insatser igen' }).click();
    await ready(page);
    await page.waitForFunction(
      () => !document.querySelector('#results')?.hasAttribute('data-stale'),
    );
    expect(new URL(page.url()).searchParams.get('district')).to.equal('norrmalm');
    expect(await page.locator('#needs-overview').textContent()).to.contain(
      'ingen insats i Norrmalm',
    );
  });

  it('keeps the stale-result banner readable at 360 px, on screen while the results scroll', async () => {
    const page = await newPage({ width: 360, height: 800 });
    await open(page, SKARHOLMEN);
    await page
      .locator('#profile-form')
      .getByLabel('Stadsdel', { exact: true })
      .selectOption('norrmalm');
    // Read on down into the (dimmed) results: the banner is sticky at the top of the screen.
    await page.locator('#results-body .group').nth(1).scrollIntoViewIfNeeded();
    const banner = page.locator('#stale-banner');
    expect(await banner.isVisible()).to.equal(true);
    const m = await banner.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const b = el.querySelector('button')!.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      const style = getComputedStyle(el);
      return {
        left: r.left,
        right: r.right,
        top: r.top,
        bottom: r.bottom,
        button: { left: b.left, right: b.right, top: b.top, bottom: b.bottom },
        clipped: el.scrollWidth > el.clientWidth,
        onTop: !!hit && el.contains(hit),
        fontPx: parseFloat(style.fontSize),
        opacity: parseFloat(style.opacity),
      };
    });
    expect(m.left, 'left edge').to.be.at.least(0);
    expect(m.right, 'right edge').to.be.at.most(360);
    expect(m.top, 'top').to.be.at.least(0);
    expect(m.bottom, 'bottom').to.be.at.most(800);
    expect(m.button.left).to.be.at.least(0);
    expect(m.button.right).to.be.at.most(360);
    expect(m.button.bottom).to.be.at.most(800);
    expect(m.clipped, 'text cut off').to.equal(false);
    expect(m.onTop, 'covered by another element').to.equal(true);
    expect(m.fontPx).to.be.at.least(14);
    // The results are dimmed, the banner is not.
    expect(m.opacity).to.equal(1);
    expect(await banner.textContent()).to.contain('Profilen är ändrad');
  });

  it('compares two chosen options in ≤ 4 clicks, with aligned rows and valda= in the address', async () => {
    const page = await newPage();
    await open(page, SKARHOLMEN);
    let clicks = 0;
    await page.locator('input[data-pick="bsft"]').click();
    clicks++;
    await page.locator('input[data-pick="fft"]').click();
    clicks++;
    await page.getByRole('button', { name: 'Jämför', exact: true }).click();
    clicks++;
    expect(clicks).to.be.at.most(4);
    expect(new URL(page.url()).searchParams.get('valda')).to.equal('bsft,fft');
    const rows = await page.locator('#compare tbody tr th').allTextContents();
    expect(rows).to.deep.equal([
      'Målgrupp',
      'Ålder',
      'Form',
      'Intensitet',
      'Längd',
      'Beslut',
      'Så kopplar du in',
      'Utförare',
      'Var den finns',
      'Kunskapsläge',
      'Källor',
    ]);
    expect(await page.locator('#compare tbody tr').first().locator('td').count()).to.equal(2);
    // FFT has no intensity in the catalogue: shown as "–", not left out.
    expect(await page.locator('#compare tbody tr:nth-child(4) td').allTextContents()).to.include(
      '–',
    );
    // Sources as on the cards: title, section and the quote, linked to the source text.
    const sources = page.locator('#compare tbody tr:nth-child(11) td').first();
    expect(await sources.textContent()).to.match(/Källa: .+, avsnitt .+: ”/);
    expect(await sources.locator('a.quote').first().getAttribute('href')).to.match(/^\/kalla\//);
  });

  it('copies a case note with "Skäl:" and the catalogue version, and prints two chosen options on ≤ 3 A4 pages', async () => {
    const page = await newPage();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: env.baseUrl,
    });
    await open(page, `${SKARHOLMEN}&valda=bsft,faltverksamhet`);
    await page.getByRole('button', { name: 'Kopiera till anteckning' }).click();
    await page.locator('.tray-status', { hasText: 'Kopierat' }).waitFor();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    const version = (await page.locator('#catalogue-version').textContent())!.trim();
    expect(text).to.contain('Skäl:');
    expect(text).to.contain('Så kopplar du in:');
    expect(text).to.contain(`katalogversion ${version}`);
    expect(text).to.not.contain('14 år');
    await page.evaluate(() => {
      window.print = () => {};
    });
    await page.getByRole('button', { name: 'Skriv ut valda' }).click();
    const pdf = await page.pdf({ format: 'A4' });
    if (process.env.DUMP_PDF) (await import('node:fs')).writeFileSync(process.env.DUMP_PDF, pdf);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).to.be.within(1, 3);
  });

  it('links every evidence badge to "Om kunskapsläge", which explains each level', async () => {
    const page = await newPage();
    await open(page, OSTERMALM);
    const hrefs = await page
      .locator('li.card [data-badge="evidence"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    expect(hrefs.length).to.be.greaterThan(0);
    for (const href of hrefs) expect(href).to.match(/^\/om-kunskapslage#[a-z-]+$/);
    await page.locator('li.card [data-badge="evidence"]').first().click();
    await ready(page);
    expect(await page.locator('#view-evidence h1').textContent()).to.equal('Om kunskapsläge');
    expect(await page.locator('#view-evidence dt').count()).to.equal(7);
  });

  it('a detail page opened from results keeps the profile context; back restores the list and scroll', async () => {
    const page = await newPage({ width: 1280, height: 800 });
    await open(page, SKARHOLMEN);
    const link = page.locator('#kort-fft h4 a');
    await link.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    expect(before).to.be.greaterThan(300);
    await link.click();
    await ready(page);
    expect(new URL(page.url()).pathname).to.equal('/insats/fft');
    const context = page.locator('#detail-context');
    expect(await context.locator('h2').textContent()).to.contain('Skärholmen');
    expect(await context.textContent()).to.match(/Finns i Bromma – kan köpas/);
    expect(await context.locator('.reasons li').count()).to.be.greaterThan(0);
    expect(await page.locator('#detail-back').textContent()).to.equal('← Tillbaka till förslagen');
    await page.locator('#detail-back').click();
    await ready(page);
    await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 5, before);
    expect(await page.locator('li.card').count()).to.equal(28);
    expect(await page.evaluate(() => document.activeElement?.closest('li.card')?.id)).to.equal(
      'kort-fft',
    );
  });

  it('keyboard only: submit, filter, open a card, choose two and compare, at 1280 and 360', async () => {
    for (const width of [1280, 360]) {
      const page = await newPage({ width, height: 800 });
      await open(page, '/');
      const focused = () =>
        page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          return el
            ? `${el.tagName.toLowerCase()}#${el.id}|${el.textContent?.trim() ?? ''}|${(el as HTMLInputElement).dataset?.pick ?? ''}`
            : '';
        });
      const tabTo = async (pattern: RegExp, max = 120) => {
        for (let i = 0; i < max; i++) {
          await page.keyboard.press('Tab');
          if (pattern.test(await focused())) return;
        }
        throw new Error(`never reached ${pattern} with Tab (${width} px)`);
      };
      await tabTo(/#f-age\|/);
      await page.keyboard.type('16');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Kungs');
      await tabTo(/^select#f-criminality/);
      await page.keyboard.press('End');
      await tabTo(/^button#\|Visa insatser\|/);
      await page.keyboard.press('Enter');
      await ready(page);
      expect(new URL(page.url()).searchParams.get('district')).to.equal('kungsholmen');
      await tabTo(/^button#\|Centralt \(\d+\)/);
      await page.keyboard.press('Enter');
      expect(new URL(page.url()).searchParams.get('visa')).to.equal('central');
      await tabTo(/^button#\|Mer om /);
      await page.keyboard.press('Enter');
      expect(await page.locator('.group-central .more:not([hidden])').count()).to.equal(1);
      await tabTo(/\|skkp$/);
      await page.keyboard.press('Space');
      await tabTo(/\|bsft$/);
      await page.keyboard.press('Space');
      await tabTo(/^button#tray-compare/);
      await page.keyboard.press('Enter');
      expect(await page.locator('#compare th[scope="col"]').count()).to.equal(2);
      expect(await page.evaluate(() => document.activeElement?.id)).to.equal('compare-title');
      const violations = await seriousA11yViolations(page);
      expect(violations.map((v) => `${v.id} ${v.nodes.join(' ')}`)).to.deep.equal([]);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `no horizontal scroll at ${width} px`).to.be.at.most(0);
    }
  });

  it('search keeps the profile’s district (passed to the API); hits link their evidence badge', async () => {
    const page = await newPage();
    await open(page, OSTERMALM);
    await page.locator('a[data-nav="search"]').click();
    await ready(page);
    expect(new URL(page.url()).searchParams.get('district')).to.equal('ostermalm');
    const asked: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/v1/search')) asked.push(r.url());
    });
    await page.locator('#f-q').fill('SKKP');
    await page.locator('#f-q').press('Enter');
    await ready(page);
    await page.locator('#search-results li[data-id="skkp"]').waitFor();
    expect(asked.some((u) => new URL(u).searchParams.get('district') === 'ostermalm')).to.equal(
      true,
    );
    expect(
      await page
        .locator('#search-results li[data-id="skkp"] [data-badge="evidence"]')
        .getAttribute('href'),
    ).to.match(/^\/om-kunskapslage#/);
  });
});
