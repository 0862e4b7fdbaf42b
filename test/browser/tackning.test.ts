// /tackning, the equity view, in a real browser: the district × need-area matrix (text and
// symbol, not colour alone), a cell's options (mouse and keyboard), gaps per district with the
// central alternatives, basutbud, stated lacks and the planning view.
import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { open, openBrowser, pageErrors, ready, type BrowserEnv } from '../helpers/browser.js';

interface CoverageJson {
  needAreas: { id: string; label: string }[];
  districts: {
    district: { id: string; name: string };
    cells: {
      needArea: string;
      local: unknown[];
      central: { id: string }[];
      gap: boolean;
      hardGap: boolean;
    }[];
    gaps: string[];
    hardGaps: string[];
  }[];
  basutbud: string[];
  statedLacks: unknown[];
  planning: { options: { id: string }[] }[];
}

describe('browser: coverage matrix (/tackning)', function () {
  this.timeout(30_000);
  let env: BrowserEnv;
  let page: Page;
  let cov: CoverageJson;

  before(async function () {
    env = await openBrowser(this);
    page = await env.newPage();
    cov = (await (await page.request.get('/api/v1/coverage')).json()) as CoverageJson;
    await open(page, '/tackning');
  });
  after(async () => {
    if (page) {
      const errors = pageErrors(page);
      await env.close();
      expect(errors, errors.join('\n')).to.deep.equal([]);
    }
  });

  it('renders the 14 districts by Swedish name and every need area', async () => {
    const districts = await page.locator('#matrix thead th[data-district]').allTextContents();
    expect(districts).to.have.length(14);
    expect(districts).to.include.members(['Skärholmen', 'Enskede-Årsta-Vantör', 'Östermalm']);
    expect(await page.locator('#matrix tbody tr').count()).to.equal(cov.needAreas.length);
    expect(await page.locator('#matrix button.cell').count()).to.equal(14 * cov.needAreas.length);
  });

  it('says each cell in text and symbol, matching the API', async () => {
    const states = await page.locator('#matrix button.cell').evaluateAll((els) =>
      els.map((e) => ({
        d: (e as HTMLElement).dataset.district,
        n: (e as HTMLElement).dataset.need,
        text: e.textContent ?? '',
      })),
    );
    for (const s of states) {
      const cell = cov.districts
        .find((d) => d.district.id === s.d)!
        .cells.find((c) => c.needArea === s.n)!;
      const want = !cell.gap ? '● Lokal' : cell.hardGap ? '✕ Hård lucka' : '◆ Central';
      expect(s.text, `${s.d} × ${s.n}`).to.contain(want);
    }
    const legend = (await page.locator('.legend').textContent()) ?? '';
    for (const word of ['Lokal', 'Central', 'Hård lucka']) expect(legend).to.contain(word);
    expect(await page.locator('main').textContent()).to.contain('Lucka');
  });

  it('a click on a cell shows its options', async () => {
    const d = cov.districts.find((x) => x.district.id === 'norrmalm')!;
    const cell = d.cells.find((c) => c.gap && c.central.length > 0)!;
    const label = cov.needAreas.find((n) => n.id === cell.needArea)!.label;
    await page
      .locator(`button.cell[data-district="norrmalm"][data-need="${cell.needArea}"]`)
      .click();
    const panel = page.locator('#cell-detail');
    expect(await panel.isVisible()).to.equal(true);
    expect(await panel.locator('h3').textContent()).to.equal(`Norrmalm – ${label}`);
    const ids = await panel
      .locator('li[data-id]')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id));
    for (const o of cell.central) expect(ids).to.include(o.id);
    // Focus moved to the panel; the address names the cell so it can be shared.
    expect(await page.evaluate(() => document.activeElement?.id)).to.equal('cell-title');
    const url = new URL(page.url());
    expect(url.searchParams.get('district')).to.equal('norrmalm');
    expect(url.searchParams.get('needArea')).to.equal(cell.needArea);
  });

  it('cells can be reached with the arrow keys and opened with Enter', async () => {
    const first = page.locator('button.cell[data-row="0"][data-col="0"]');
    await first.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => {
      const b = document.activeElement as HTMLElement;
      return { row: b.dataset.row, col: b.dataset.col, tab: b.tabIndex };
    });
    expect(focused).to.deep.equal({ row: '1', col: '1', tab: 0 });
    await page.keyboard.press('Enter');
    const d = cov.districts[1]!.district.name;
    const n = cov.needAreas[1]!.label;
    expect(await page.locator('#cell-detail h3').textContent()).to.equal(`${d} – ${n}`);
    // Exactly one cell is in the tab order (roving tabindex).
    expect(await page.locator('button.cell[tabindex="0"]').count()).to.equal(1);
  });

  it("lists each district's gaps with the central alternatives that fill them", async () => {
    expect(await page.locator('#district-gaps > li').count()).to.equal(14);
    for (const d of cov.districts) {
      const item = page.locator(`#district-gaps > li[data-district="${d.district.id}"]`);
      const summary = (await item.locator('summary').textContent()) ?? '';
      expect(summary).to.contain(d.district.name);
      if (d.gaps.length) expect(summary).to.contain(`${d.gaps.length} luck`);
      expect(await item.locator('li.gap-item').count()).to.equal(d.gaps.length);
    }
    const item = page.locator('#district-gaps > li[data-district="norrmalm"]');
    await item.locator('summary').click();
    const withCentral = cov.districts
      .find((d) => d.district.id === 'norrmalm')!
      .cells.find((c) => c.gap && c.central.length)!;
    const gap = item.locator(`li.gap-item[data-need="${withCentral.needArea}"]`);
    expect(await gap.isVisible()).to.equal(true);
    expect(await gap.textContent()).to.contain('Centrala alternativ:');
  });

  it('shows the city-wide basutbud, the stated lacks and the planning view', async () => {
    const basutbud = (await page.locator('#basutbud').textContent()) ?? '';
    expect(basutbud).to.contain('Alla 14 stadsdelar täcker lokalt');
    for (const id of cov.basutbud)
      expect(basutbud).to.contain(cov.needAreas.find((n) => n.id === id)!.label);
    expect(await page.locator('#lacks > li').count()).to.equal(cov.statedLacks.length);
    expect(await page.locator('#lacks-source').textContent()).to.contain(
      'Öppenvård barn, unga och familj',
    );
    const planningIds = cov.planning.flatMap((p) => p.options.map((o) => o.id));
    if (planningIds.length) {
      expect(await page.locator('#planning-table tbody tr').count()).to.equal(planningIds.length);
      expect(await page.locator('#planning-table').textContent()).to.contain('MST-CAN');
    }
  });

  it('opens the cell named in the address', async () => {
    const p2 = await env.newPage();
    await open(p2, '/tackning?district=skarholmen&needArea=criminality');
    await ready(p2);
    expect(await p2.locator('#cell-detail h3').textContent()).to.equal('Skärholmen – Kriminalitet');
    await p2.close();
  });
});
