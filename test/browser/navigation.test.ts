// Search, the intervention detail view and the browsable catalogue, in a real browser.
import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { open, pagePerTest, ready } from '../helpers/browser.js';

describe('browser: search, detail and catalogue', function () {
  this.timeout(30_000);
  const browser = pagePerTest(/status of (400|404)/);
  let page: Page;
  beforeEach(() => {
    page = browser.page;
  });

  it('search → detail → back to the hits', async () => {
    await open(page, '/');
    await page.getByRole('link', { name: 'Sök insats' }).click();
    await ready(page);
    expect(new URL(page.url()).pathname).to.equal('/sok');
    await page.getByLabel('Sökord').fill('Trappan');
    await page.getByLabel('Sökord').press('Enter');
    await ready(page);
    expect(new URL(page.url()).searchParams.get('q')).to.equal('Trappan');
    const hit = page.locator('#search-results li[data-id="trappan"] h2 a'); // the evidence badge links too
    expect(await hit.count()).to.equal(1);
    expect(await page.locator('#search-status').textContent()).to.match(/träff/);

    await hit.click();
    await ready(page);
    expect(new URL(page.url()).pathname).to.equal('/insats/trappan');
    expect(await page.locator('#detail-body h1').textContent()).to.equal('Trappan');
    expect(await page.title()).to.contain('Trappan');
    const body = (await page.locator('#detail-body').textContent()) ?? '';
    expect(body).to.contain('Var finns insatsen?');
    expect(body).to.contain('Kungsholmen'); // Swedish district names, not ids
    expect(body).not.to.contain('hasselby-vallingby');
    expect(body).to.match(/Öppenvård barn, unga och familj – Kartläggning/); // seed title
    expect(body).to.contain('Så kopplar du in');

    await page.goBack();
    await ready(page);
    expect(new URL(page.url()).pathname).to.equal('/sok');
    expect(await page.inputValue('#f-q')).to.equal('Trappan');
    expect(await page.locator('#search-results li[data-id="trappan"]').count()).to.equal(1);
  });

  it('a search hit shows availability relative to the chosen district, age, evidence and summary', async () => {
    await open(page, '/sok');
    await page.getByLabel('Sökord').fill('hemmasittare');
    await page.locator('#f-q-district').selectOption({ label: 'Bromma' });
    await page.getByLabel('Sökord').press('Enter');
    await ready(page);
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).to.deep.equal({
      q: 'hemmasittare',
      district: 'bromma',
    });
    const first = page.locator('#search-results > li').first();
    expect(await first.getAttribute('data-id')).to.equal('hemmasittarteam');
    expect(await first.locator('[data-badge="availability"]').textContent()).to.equal(
      'I din stadsdel',
    );
    expect(await first.locator('[data-badge="evidence"]').textContent()).to.match(
      /^(★ )?Evidens: /,
    );
    expect(await first.locator('[data-field="age"]').textContent()).to.match(/år|Ålder/);
    expect(await first.locator('[data-field="summary"]').textContent()).to.match(/^Team /);
    const bsft = page.locator('#search-results li[data-id="bsft"] [data-badge="availability"]');
    expect(await bsft.textContent()).to.equal('Central – hela staden');

    // Without a district the same hit says where it is offered instead.
    await page.locator('#f-q-district').selectOption('');
    await page.getByLabel('Sökord').press('Enter');
    await ready(page);
    expect(new URL(page.url()).searchParams.has('district')).to.equal(false);
    expect(
      await page
        .locator('#search-results li[data-id="hemmasittarteam"] [data-badge="availability"]')
        .textContent(),
    ).to.match(/^Stadsdel: .*Bromma/);
  });

  it('reaches the detail view from a result card, and back to the same results', async () => {
    await open(page, '/?age=15&substanceUse=risky');
    await page.locator('#kort-mini-maria h4 a').click();
    await ready(page);
    expect(new URL(page.url()).pathname).to.equal('/insats/mini-maria');
    expect(await page.locator('#detail-body [data-badge="availability"]').textContent()).to.equal(
      'Central – hela staden',
    );
    await page.locator('#detail-back').click();
    await ready(page);
    expect(new URL(page.url()).search).to.equal('?age=15&substanceUse=risky');
    expect(await page.locator('#kort-mini-maria').count()).to.equal(1);
  });

  it('says so in Swedish when an intervention does not exist', async () => {
    await open(page, '/insats/finns-inte');
    expect(await page.locator('#detail-body h1').textContent()).to.equal('Insatsen finns inte');
  });

  it('lists the catalogue and filters by district, need area and age', async () => {
    await open(page, '/katalog');
    const all = await page.locator('#catalogue-results > li').count();
    expect(all).to.be.greaterThan(50);

    await page.getByLabel('Finns för stadsdel').selectOption('kungsholmen');
    await page.getByLabel('Behovsområde').selectOption('criminality');
    await page.locator('#c-age').fill('15');
    await page.getByRole('button', { name: 'Filtrera' }).click();
    await ready(page);
    const url = new URL(page.url());
    expect(url.pathname).to.equal('/katalog');
    expect(Object.fromEntries(url.searchParams)).to.deep.equal({
      district: 'kungsholmen',
      needArea: 'criminality',
      age: '15',
    });
    const ids = await page
      .locator('#catalogue-results > li')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id));
    // Same set as the API's filters.
    const api = (await (
      await page.request.get(
        '/api/v1/interventions?district=kungsholmen&needArea=criminality&age=15',
      )
    ).json()) as { items: { id: string }[] };
    expect([...ids].sort()).to.deep.equal(api.items.map((i) => i.id).sort());
    expect(ids).to.include('skkp');
    expect(ids.length).to.be.lessThan(all);

    // Reload keeps the filter; back returns to the unfiltered list.
    await page.reload();
    await ready(page);
    expect(await page.inputValue('#c-needArea')).to.equal('criminality');
    await page.goBack();
    await ready(page);
    expect(await page.locator('#catalogue-results > li').count()).to.equal(all);
  });

  it('shows a Swedish message for an invalid catalogue filter', async () => {
    await open(page, '/katalog?age=99');
    expect(await page.locator('#catalogue-errors').textContent()).to.contain(
      'Ålder ska vara ett heltal mellan 0 och 25 år',
    );
    expect(await page.getAttribute('#c-age', 'aria-invalid')).to.equal('true');
  });
});
