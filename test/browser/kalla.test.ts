// /kalla/<id> in a real browser (#13): a card's quote links to the source text with the passage
// highlighted, also when the passage spans hard-wrapped and hyphenated lines; accessible.
import { expect } from 'chai';
import type { Page } from 'playwright-core';
import {
  open,
  openBrowser,
  pageErrors,
  seriousA11yViolations,
  type BrowserEnv,
} from '../helpers/browser.js';

describe('browser: source text with the cited passage (/kalla)', function () {
  this.timeout(30_000);
  let env: BrowserEnv;
  let page: Page;

  before(async function () {
    env = await openBrowser(this);
    page = await env.newPage();
  });
  after(async () => {
    if (page) {
      const errors = pageErrors(page);
      await env.close();
      expect(errors, errors.join('\n')).to.deep.equal([]);
    }
  });

  it('a card shows "Källa: …, avsnitt …: ”citat”" and its link highlights the passage', async () => {
    await open(page, '/?age=16&district=farsta&criminality=suspected');
    const source = page.locator('#kort-stodcentrum-brottsofferstod .source-lines li').first();
    expect(await source.textContent()).to.match(
      /^Källa: Öppenvård barn, unga och familj.*\(2018\), avsnitt Stödcentrum: ”I Stockholm stad finns Stödcentrum/,
    );
    await page.locator('#kort-stodcentrum-brottsofferstod .more-toggle').click();
    await source.locator('a.quote').first().click();
    await page.locator('main[data-state="ready"]').waitFor({ state: 'attached' });
    expect(new URL(page.url()).pathname).to.equal('/kalla/003_b37bfb781987c934');
    const mark = (await page.locator('#source-text mark').textContent()) ?? '';
    expect(mark.replace(/[⁰-⁹¹²³]/g, '')).to.contain(
      'I Stockholm stad finns Stödcentrum vid samtliga tre polisområden',
    );
    expect(await page.locator('h1').textContent()).to.contain('Öppenvård barn, unga och familj');
  });

  it('a card lists a soft age bound and an old fact under "Att kontrollera"', async () => {
    await open(
      page,
      '/?age=11&district=hasselby-vallingby&familyConflict=true&behaviourProblems=true&placementRisk=true',
    );
    const check = (await page.locator('#kort-lihf .caveats').textContent()) ?? '';
    expect(check).to.contain('främst till 12–20 år');
    expect(check).to.contain(
      'Uppgiften bygger på Öppenvård barn, unga och familj – Kartläggning av omfattning och inriktning från 2018 – kontrollera med utföraren',
    );
  });

  it('the detail page says where an intervention is only planned, and eligibility notes', async () => {
    await open(page, '/insats/abc-tonar');
    expect(await page.locator('main .check-list').textContent()).to.contain(
      'På gång att starta (inte erbjuden ännu enligt källan): Bromma',
    );
    expect(await page.locator('[data-badge="availability"]').textContent()).not.to.contain(
      'Bromma',
    );
    await open(page, '/insats/noor-grupp');
    expect(await page.locator('main .check-list').textContent()).to.contain('tjejer/kvinnor');
  });

  it('the detail page says what the source does not state, and marks a need-area reading as one', async () => {
    await open(page, '/insats/ungdomstjanst');
    const facts = (await page.locator('#detail-body dl.facts').textContent()) ?? '';
    expect(facts).to.contain('Arbetsform anges inte i källan');
    expect(facts).to.contain('Behovsområde anges inte i källan');
    expect(await page.locator('main .check-list').textContent()).to.match(
      /Behovsområdet \(Kriminalitet\) anges inte i källan – katalogens tolkning: /,
    );
  });

  it('highlights a quote across hyphenated line breaks (002, slides)', async () => {
    const q = encodeURIComponent('Styrking av foreldreferdigheter og relasjoner');
    await open(page, `/kalla/002_c4c754974b03862f?citat=${q}`);
    const mark = (await page.locator('#source-text mark').textContent()) ?? '';
    expect(mark.replace(/\s+/g, ' ')).to.equal('Styrking av foreldre- ferdigheter og relasjoner');
  });

  it('says so when a quote is not in the text, and shows the whole document', async () => {
    await open(page, `/kalla/004_202d6c1a07db4e5e?citat=${encodeURIComponent('finns inte alls')}`);
    expect(await page.locator('#source-status').textContent()).to.contain('hittades inte');
    expect(await page.locator('#source-text mark').count()).to.equal(0);
    expect(await page.locator('#source-text').textContent()).to.contain('HOPS');
  });

  it('has no serious accessibility violations', async () => {
    await open(
      page,
      `/kalla/004_202d6c1a07db4e5e?citat=${encodeURIComponent('Trappan är en modell')}`,
    );
    expect(await seriousA11yViolations(page)).to.deep.equal([]);
  });
});
