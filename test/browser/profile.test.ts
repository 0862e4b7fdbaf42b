// The start page in a real browser: the needs-profile form, ranked cards with Swedish badges, the
// central-alternatives section, "Varför inte?", the profile in the URL (reload, back/forward,
// links from a case system), API errors in Swedish, keyboard-only use, print and a screenshot.
import path from 'node:path';
import { expect } from 'chai';
import type { Page } from 'playwright-core';
import {
  availabilityBadge,
  cardIds,
  open,
  outputDir,
  pagePerTest,
  ready,
  screenshot,
} from '../helpers/browser.js';

interface FormInput {
  age?: string;
  district?: string;
  /** Checkbox/radio labels to tick. */
  check?: string[];
  /** Select label → option value. */
  select?: Record<string, string>;
}

async function fillAndSubmit(page: Page, input: FormInput): Promise<void> {
  if (input.age !== undefined)
    await page.locator('#profile-form').getByLabel('Ålder', { exact: true }).fill(input.age);
  if (input.district !== undefined)
    await page
      .locator('#profile-form')
      .getByLabel('Stadsdel', { exact: true })
      .selectOption(input.district);
  for (const [label, value] of Object.entries(input.select ?? {}))
    await page.locator('#profile-form').getByLabel(label, { exact: true }).selectOption(value);
  for (const label of input.check ?? [])
    await page.locator('#profile-form').getByLabel(label, { exact: true }).check();
  await page.getByRole('button', { name: 'Visa insatser', exact: true }).click();
  await ready(page);
}

/** Ids listed in the "Centrala alternativ …" section (empty when the section is absent). */
function centralSectionIds(page: Page): Promise<string[]> {
  return page
    .locator('.group-central li.card[data-id]')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id ?? ''));
}

describe('browser: needs profile and results (/)', function () {
  this.timeout(30_000);
  // Any CSP violation or uncaught error fails the test.
  const browser = pagePerTest(/status of 400/);
  let page: Page;
  beforeEach(() => {
    page = browser.page;
  });

  it('shows the form in Swedish with the privacy note and no free-text fields', async () => {
    await open(page, '/');
    expect(await page.getAttribute('html', 'lang')).to.equal('sv');
    expect(await page.locator('#privacy-note').textContent()).to.match(/Ange inga personuppgifter/);
    // No text/textarea inputs in the profile form: only number, select, checkbox, radio.
    const types = await page
      .locator('#profile-form input, #profile-form textarea')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).type));
    expect(types.filter((t) => !['number', 'checkbox', 'radio'].includes(t))).to.deep.equal([]);
    // Every control has an accessible label.
    const unlabelled = await page
      .locator('#profile-form input, #profile-form select')
      .evaluateAll((els) =>
        els.filter((e) => (e as HTMLInputElement).labels?.length === 0).map((e) => e.outerHTML),
      );
    expect(unlabelled).to.deep.equal([]);
    expect(await page.locator('#profile-form fieldset > legend').count()).to.be.at.least(4);
    // Districts by Swedish name.
    const options = await page.locator('#f-district option').allTextContents();
    expect(options).to.include.members(['Skärholmen', 'Kungsholmen', 'Älvsjö', 'Östermalm']);
    expect(options).to.have.length(15);
  });

  it('16-year-old convicted in Skärholmen → SKKP, "Central – hela staden"', async () => {
    await open(page, '/');
    await fillAndSubmit(page, {
      age: '16',
      district: 'skarholmen',
      select: { Kriminalitet: 'convicted' },
    });
    const url = new URL(page.url());
    expect(url.pathname).to.equal('/');
    expect(url.searchParams.get('age')).to.equal('16');
    expect(url.searchParams.get('district')).to.equal('skarholmen');
    expect(url.searchParams.get('criminality')).to.equal('convicted');
    expect(await cardIds(page)).to.include('skkp');
    expect(await availabilityBadge(page, 'skkp')).to.equal('Central – hela staden');
    const card = page.locator('#kort-skkp');
    expect(await card.locator('h4').textContent()).to.contain('SKKP');
    expect(await card.locator('.reasons li').count()).to.be.at.least(1);
    expect(await card.locator('[data-badge="evidence"]').textContent()).to.contain('Okänt');
    const facts = (await card.locator('dl.facts').textContent()) ?? '';
    expect(facts).to.contain('15–21 år');
    expect(facts).to.contain('Så kopplar du in');
    expect(facts).to.contain('Bistånd');
    // Sources by title and section, with the quote (the full card's "Källa: …" lines).
    expect(await card.locator('.source-lines').textContent()).to.match(
      /Källa: Förteckning över biståndsbedömda insatser.*, avsnitt Särskilt kvalificerad kontaktperson \(SKKP\): ”/s,
    );
    // And each source's quote line (#13): "Källa: <titel> (<år>), avsnitt <avsnitt>: ”<citat>”".
    expect(await card.locator('.source-lines').textContent()).to.match(
      /Källa: Förteckning över biståndsbedömda insatser.*\(2023\), avsnitt Särskilt kvalificerad kontaktperson \(SKKP\): ”/s,
    );
    // Availability badges show Swedish district names, never ids.
    const badges = await page.locator('[data-badge="availability"]').allTextContents();
    for (const b of badges) expect(b).not.to.match(/[a-z]+-[a-z]+(?:,|$)/);
  });

  it('7-year-old who witnessed violence in Kungsholmen → Trappan "I din stadsdel"', async () => {
    await open(page, '/');
    await fillAndSubmit(page, {
      age: '7',
      district: 'kungsholmen',
      check: ['Barnet har bevittnat våld i familjen'],
    });
    expect(new URL(page.url()).searchParams.getAll('violence')).to.deep.equal(['witnessed']);
    expect(await cardIds(page)).to.include('trappan');
    expect(await availabilityBadge(page, 'trappan')).to.equal('I din stadsdel');
    // Options run by other districts say which, in Swedish.
    const other = (await page.locator('[data-badge="availability"]').allTextContents()).filter(
      (t) => t.startsWith('Annan stadsdel:'),
    );
    expect(other.length).to.be.greaterThan(0);
    expect(other.join(' ')).to.match(/Rinkeby-Kista|Södermalm|Skärholmen/);
  });

  it('15-year-old with risky substance use → Mini Maria central, in the central section', async () => {
    await open(page, '/');
    await fillAndSubmit(page, {
      age: '15',
      select: { 'Eget bruk av alkohol eller droger': 'risky' },
    });
    expect(await cardIds(page)).to.include('mini-maria');
    expect(await availabilityBadge(page, 'mini-maria')).to.equal('Central – hela staden');
    expect(await page.locator('#grupp-central').textContent()).to.match(
      /^Centrala alternativ – hela staden \(\d+\)$/,
    );
    expect(await centralSectionIds(page)).to.include('mini-maria');
  });

  it('10-year-old physically abused in Kungsholmen with KIBB preconditions → KIBB local', async () => {
    await open(page, '/');
    await fillAndSubmit(page, {
      age: '10',
      district: 'kungsholmen',
      check: ['Barnet utsätts för fysisk misshandel'],
    });
    // Preconditions unknown: KIBB is shown with the preconditions as notes.
    // Unanswered preconditions are caveats ("Att kontrollera"), not reasons.
    expect(await page.locator('#kort-kibb .caveats').textContent()).to.contain('Förutsättning');
    await page
      .locator('#profile-form')
      .getByRole('group', { name: /har barnet berättat om misshandeln/ })
      .getByLabel('Ja')
      .check();
    await page
      .locator('#profile-form')
      .getByRole('group', { name: /Tillstår föräldern misshandeln/ })
      .getByLabel('Ja')
      .check();
    await page.getByRole('button', { name: 'Visa insatser', exact: true }).click();
    await ready(page);
    const url = new URL(page.url());
    expect(url.searchParams.get('childDisclosedAbuse')).to.equal('true');
    expect(url.searchParams.get('parentAcknowledgesAbuse')).to.equal('true');
    expect(await cardIds(page)).to.include('kibb');
    expect(await availabilityBadge(page, 'kibb')).to.equal('I din stadsdel');
    expect(await page.locator('#kort-kibb h4').textContent()).to.contain('KIBB');
  });

  it('17-year-old, honour-related violence → Kruton central and Origo "Regional"', async () => {
    await open(page, '/');
    await fillAndSubmit(page, {
      age: '17',
      check: ['Barnet lever med hedersrelaterat våld eller förtryck'],
    });
    const ids = await cardIds(page);
    expect(ids).to.include.members(['kruton', 'origo']);
    expect(await availabilityBadge(page, 'kruton')).to.equal('Central – hela staden');
    expect(await availabilityBadge(page, 'origo')).to.equal('Regional');
    expect(await centralSectionIds(page)).to.include.members(['kruton', 'origo']);
  });

  it('placed 8-year-old → Skolfam and Stella, central', async () => {
    await open(page, '/');
    await fillAndSubmit(page, {
      age: '8',
      check: ['Barnet är placerat (jourhem, familjehem, HVB eller SiS)'],
    });
    const ids = await cardIds(page);
    expect(ids).to.include.members(['skolfam', 'stella']);
    expect(await availabilityBadge(page, 'skolfam')).to.equal('Central – hela staden');
    expect(await centralSectionIds(page)).to.include('skolfam');
  });

  it('marks options that are an alternative to placement', async () => {
    await open(
      page,
      '/?age=15&district=sodermalm&substanceUse=risky&schoolAbsence=frequent&criminality=convicted&aggression=true&placementRisk=true',
    );
    const marked = await page
      .locator('li.card:has([data-badge="placement"])')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id));
    expect(marked.length).to.be.greaterThan(0);
    expect(await page.locator('[data-badge="placement"]').first().textContent()).to.equal(
      'Alternativ till placering',
    );
  });

  it('"Varför inte?" shows excluded options and why, on request', async () => {
    await open(
      page,
      '/?age=10&district=kungsholmen&violence=physical-abuse&childDisclosedAbuse=false',
    );
    expect(await cardIds(page)).not.to.include('kibb');
    const toggle = page.getByRole('button', { name: /Varför inte\?/ });
    expect(await toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(await page.locator('#why-not-list').isVisible()).to.equal(false);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).to.equal('true');
    const kibb = page.locator('#why-not-list li[data-id="kibb"]');
    expect(await kibb.isVisible()).to.equal(true);
    expect(await kibb.textContent()).to.match(
      /Förutsättning saknas: Det måste finnas en berättelse från barnet/,
    );
  });

  it('the URL round-trips: a reload and a link from a case system give the same view', async () => {
    await open(page, '/');
    await fillAndSubmit(page, {
      age: '16',
      district: 'skarholmen',
      select: { Kriminalitet: 'convicted' },
    });
    const before = await cardIds(page);
    expect(before.length).to.be.greaterThan(0);
    await page.reload();
    await ready(page);
    expect(await cardIds(page)).to.deep.equal(before);
    expect(await page.inputValue('#f-age')).to.equal('16');
    expect(await page.inputValue('#f-district')).to.equal('skarholmen');
    expect(await page.inputValue('#f-criminality')).to.equal('convicted');

    // The example link: every field comes back into the form.
    await open(
      page,
      '/?age=15&district=skarholmen&criminality=convicted&violence=witnessed&violence=physical-abuse&aggression=true',
    );
    const checked = await page
      .locator('#profile-form input:checked')
      .evaluateAll((els) =>
        els.map((e) => `${(e as HTMLInputElement).name}=${(e as HTMLInputElement).value}`),
      );
    expect(checked).to.include.members([
      'violence=witnessed',
      'violence=physical-abuse',
      'aggression=true',
    ]);
    expect(await page.locator('ol.cards > li').count()).to.be.greaterThan(0);
  });

  it('back and forward re-render the earlier profiles (pushState/popstate)', async () => {
    await open(page, '/');
    await fillAndSubmit(page, {
      age: '17',
      check: ['Barnet lever med hedersrelaterat våld eller förtryck'],
    });
    const first = await cardIds(page);
    const firstUrl = page.url();
    await page
      .locator('#profile-form')
      .getByLabel('Barnet lever med hedersrelaterat våld eller förtryck')
      .uncheck();
    await fillAndSubmit(page, {
      age: '8',
      check: ['Barnet är placerat (jourhem, familjehem, HVB eller SiS)'],
    });
    const second = await cardIds(page);
    expect(second).not.to.deep.equal(first);

    await page.goBack();
    await page.waitForURL(firstUrl);
    await ready(page);
    expect(await cardIds(page)).to.deep.equal(first);
    expect(await page.isChecked('input[name="placedOutOfHome"]')).to.equal(false);
    expect(await page.inputValue('#f-age')).to.equal('17');

    await page.goForward();
    await ready(page);
    expect(await cardIds(page)).to.deep.equal(second);
    expect(await page.isChecked('input[name="placedOutOfHome"]')).to.equal(true);
  });

  it('shows API errors in Swedish next to the form', async () => {
    await open(page, '/?age=30');
    const summary = page.locator('#form-errors');
    expect(await summary.isVisible()).to.equal(true);
    expect(await summary.textContent()).to.contain('Ålder ska vara ett heltal mellan 0 och 25 år');
    expect(await page.getAttribute('#f-age', 'aria-invalid')).to.equal('true');
    expect(await page.locator('#err-age').textContent()).to.contain('Ålder');
    expect(await page.locator('ol.cards').count()).to.equal(0);

    // Submitting without an age: the API's "missing" problem, in Swedish.
    await page.locator('#profile-form').getByLabel('Ålder', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Visa insatser', exact: true }).click();
    await ready(page);
    expect(await summary.textContent()).to.contain('Ange barnets ålder');
    // Fixing it clears the errors.
    await fillAndSubmit(page, { age: '12' });
    expect(await summary.isVisible()).to.equal(false);
    expect(await page.getAttribute('#f-age', 'aria-invalid')).to.equal(null);
  });

  it('drops fields that are not part of the profile from the address', async () => {
    await open(page, '/?age=7&violence=witnessed&namn=Kalle&personnummer=1');
    const url = new URL(page.url());
    expect([...url.searchParams.keys()].sort()).to.deep.equal(['age', 'violence']);
    expect(await cardIds(page)).to.include('trappan');
  });

  it('can be filled in and submitted with the keyboard only (Tab, Space, Enter)', async () => {
    await open(page, '/');
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        return el ? `${el.tagName.toLowerCase()}#${el.id}[${el.name ?? ''}=${el.value ?? ''}]` : '';
      });
    const tabTo = async (pattern: RegExp, max = 60) => {
      for (let i = 0; i < max; i++) {
        await page.keyboard.press('Tab');
        if (pattern.test(await focused())) return;
      }
      throw new Error(`never reached ${pattern} with Tab`);
    };
    await tabTo(/#f-age\[/);
    // Focus is visible.
    const outline = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return `${s.outlineStyle} ${s.outlineWidth}`;
    });
    expect(outline).to.match(/^solid [1-9]/);
    await page.keyboard.type('17');
    await tabTo(/\[violence=honour-related\]/);
    await page.keyboard.press('Space');
    await tabTo(/^button#\[/);
    expect(await page.evaluate(() => document.activeElement?.textContent)).to.equal(
      'Visa insatser',
    );
    await page.keyboard.press('Enter');
    await ready(page);
    expect(new URL(page.url()).searchParams.get('violence')).to.equal('honour-related');
    expect(await cardIds(page)).to.include('origo');
    // Focus moved to the results heading.
    expect(await page.evaluate(() => document.activeElement?.id)).to.equal('results-title');
  });

  it('prints the result list cleanly and saves a screenshot for review', async () => {
    await open(page, '/?age=16&district=skarholmen&criminality=convicted');
    expect(await page.locator('ol.cards > li').count()).to.be.greaterThan(0);
    const file = await screenshot(page, 'resultat-skarholmen-16.png');
    expect(file).to.match(/test-output/);

    await page.emulateMedia({ media: 'print' });
    for (const sel of ['#profile-form', 'nav', '#print-results', '#why-not-toggle'])
      expect(await page.locator(sel).first().isVisible(), sel).to.equal(false);
    // "Skriv ut" prints every option as its compact row (the full cards are for "Skriv ut valda",
    // tested in results-page.test.ts): the first reason is on paper, the checkboxes are not.
    expect(await page.locator('#kort-skkp .row-reason').isVisible()).to.equal(true);
    expect(await page.locator('#kort-skkp .pick').isVisible()).to.equal(false);
    expect(await page.locator('.print-only').first().isVisible()).to.equal(true);
    // Viewport only: the full print-styled page is in the screen screenshot already.
    await page.screenshot({ path: path.join(outputDir, 'resultat-skarholmen-16-print.png') });
    await page.emulateMedia({ media: 'screen' });
  });
});
