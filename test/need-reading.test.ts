// #13: "unknown stays unknown" for form, target group and need areas. An empty list is the catalogue
// saying the source does not state it; a need area no passage states lives in needAreasReading,
// where rules may still reach the record but lower and with the reading under "Att kontrollera".
import path from 'node:path';
import { expect } from 'chai';
import request from 'supertest';
import { recommend } from '../src/recommend/recommend.js';
import { buildHsdsExport } from '../src/export/hsds.js';
import { sharedStore, testApp, type TestApp } from './helpers/app.js';
import { loadFiles } from '../src/load/load-catalogue.js';
import { validateCatalogue } from '../src/validate/validate-catalogue.js';
import { defaultSeedsDir, projectRoot } from '../src/config/paths.js';

describe('unknown form and need areas the source does not state (#13)', () => {
  let t: TestApp;
  before(async () => {
    t = await testApp();
  });

  it('a rule reaching a record only through its reading adds weight × readingFactor', async () => {
    const v = (await sharedStore()).current();
    const rf = v.catalogue.ranking.readingFactor;
    expect(rf).to.be.lessThan(1);
    const byRule = (id: string) => v.rules.supportersOf.flat().find((e) => e.ruleId === id)!;
    const bra = byRule('bra-samtal-foralder-missbruk');
    expect([...bra.targetByReading]).to.deep.equal([1]);
    expect(bra.targetWeight[0]).to.be.closeTo(bra.weight * rf, 1e-9);
    // A sourced need area (Humlan's, 003 Farsta) keeps its full weight.
    const humlan = v.rules.supportersOf.flat().find((e) => e.ruleId.startsWith('humlan'))!;
    expect([...humlan.targetByReading]).to.deep.equal([0]);
    expect(humlan.targetWeight[0]).to.equal(humlan.weight);
  });

  it('BRA-samtal is still recommended, scored on the reduced weight, with the reading to check', async () => {
    const v = (await sharedStore()).current();
    const cfg = v.catalogue.ranking;
    const r = await recommend(v, { age: 10, district: 'sodermalm', parentalSubstanceAbuse: true });
    const bra = r.recommendations.find((x) => x.id === 'bra-samtal')!;
    expect(bra, 'still reachable').to.exist;
    const expected =
      Math.min(4 * cfg.readingFactor, cfg.maxNeedFit) *
      cfg.evidenceFactor.unknown! *
      cfg.availabilityFactor.local!;
    expect(bra.score).to.be.closeTo(expected, 10 ** -cfg.scoreDecimals);
    expect(bra.caveats.join(' ')).to.match(
      /Behovsområdet \(Förälder med missbruk\) anges inte i källan – katalogens tolkning: .*anhöriga barn/,
    );
    const humlan = (
      await recommend(v, { age: 10, district: 'farsta', parentalSubstanceAbuse: true })
    ).recommendations.find((x) => x.id === 'humlan')!;
    expect(humlan.caveats.join(' ')).not.to.match(/katalogens tolkning/);
  });

  it('the API carries unknown as empty lists and the reading as its own field', async () => {
    const res = await request(t.app).get('/api/v1/interventions/ungdomstjanst').expect(200);
    expect(res.body.form).to.deep.equal([]);
    expect(res.body.needAreas).to.deep.equal([]);
    expect(res.body.needAreasReading.areas).to.deep.equal(['criminality']);
    // The ?needArea= filter lists sourced need areas only.
    const list = await request(t.app).get('/api/v1/interventions?needArea=criminality').expect(200);
    expect(list.body.items.map((i: { id: string }) => i.id)).not.to.include('ungdomstjanst');
  });

  it('HSDS says the form and need area are not stated, and marks the reading as one', async () => {
    const v = (await sharedStore()).current();
    const svc = buildHsdsExport(v).services.find((s) => s.name === 'Stockholms Ungdomstjänst')!;
    expect(svc.eligibility_description).to.include('Arbetsform anges inte i källan.');
    expect(svc.eligibility_description).to.include('Behov: Behovsområde anges inte i källan.');
    expect(svc.eligibility_description).to.match(
      /Behovsområdet \(Kriminalitet\) anges inte i källan – katalogens tolkning:/,
    );
  });

  it('warns for a rule reaching a record through a need area neither stated nor read', async () => {
    const files = await loadFiles({
      root: projectRoot,
      catalogDir: path.join(projectRoot, 'catalog'),
      rulesDir: path.join(projectRoot, 'rules'),
    });
    const { warnings } = validateCatalogue(files, { seedsDir: defaultSeedsDir });
    const flagged = warnings
      .filter((w) => w.code === 'RULE_NEED_NOT_STATED')
      .map((w) => `${w.file} ${String(w.value)}`);
    // COS for neglect: 003 lists COS among parenting programmes only.
    expect(flagged).to.include('rules/neglect.yaml cos');
    // Readings are said to be readings, so their rules are not flagged.
    for (const id of ['bra-samtal', 'ungdomstjanst', 'vagen'])
      expect(
        flagged.some((f) => f.endsWith(` ${id}`)),
        id,
      ).to.equal(false);
  });
});
