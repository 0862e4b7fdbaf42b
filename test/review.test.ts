// npm run review: the periodic review finds old facts, unknowns and rules nobody reaches.
import { expect } from 'chai';
import { review } from '../src/impact/review.js';
import { sharedStore } from './helpers/app.js';

describe('catalogue review (npm run review)', function () {
  this.timeout(60_000);

  it('flags facts by the age of their newest supporting source, per staleAfterYears', async () => {
    const v = (await sharedStore()).current();
    const newest = Math.max(...v.catalogue.seedDocuments.map((d) => d.year ?? 0));
    const fresh = await review(v, [], 10, new Date(Date.UTC(newest, 5, 1)));
    const later = await review(
      v,
      [],
      10,
      new Date(Date.UTC(newest + v.catalogue.ranking.staleAfterYears + 1, 5, 1)),
    );
    // Undated sources (002 has no year) are always worth a look; dated ones only once old.
    const limit = newest - v.catalogue.ranking.staleAfterYears;
    for (const r of fresh.staleSources)
      for (const f of r.facts)
        if (f.newestYear !== null) expect(f.newestYear, r.id).to.be.lessThan(limit);
    const dated = later.staleSources.flatMap((r) => r.facts).filter((f) => f.newestYear !== null);
    expect(dated.length).to.be.greaterThan(50);
    // A district list the sources state (an empty list claims no availability, so it cannot age).
    const sourced = v.interventions.filter(
      (i) => i.offeredIn.length > 0 && i.sources.some((src) => src.supports?.includes('offeredIn')),
    );
    expect(sourced.length).to.be.greaterThan(10);
    for (const i of sourced)
      expect(
        later.staleSources.find((r) => r.id === i.id)?.facts.map((f) => f.fact),
        i.id,
      ).to.include('offeredIn');
  });

  it('lists records with unknown age, evidence or referral, and the thinnest need areas first', async () => {
    const v = (await sharedStore()).current();
    const r = await review(v, [], 10, new Date());
    const unknownAge = v.interventions.filter(
      (i) => i.ageRange.min === null && i.ageRange.max === null,
    );
    expect(r.unknownAge).to.have.members(unknownAge.map((i) => i.id));
    expect(r.unknownEvidence).to.include.members(
      v.interventions.filter((i) => i.evidence.level === 'unknown').map((i) => i.id),
    );
    // #13: what the sources do not state is listed for the editors to chase.
    expect(r.unknownForm).to.include.members(['ungdomstjanst', 'skolfam']);
    expect(r.unknownForm).not.to.include('bra-samtal');
    expect(r.unknownTargetGroup).to.deep.equal(['korttidssamtal']);
    expect(r.needAreasRead).to.include.members(['bra-samtal', 'ungdomstjanst', 'vagen']);
    expect(r.needAreasRead).not.to.include('humlan');
    const counts = r.needAreas.map((n) => n.districtsWithLocal);
    expect(counts).to.deep.equal([...counts].sort((a, b) => a - b));
    expect(r.districts).to.have.length(v.catalogue.districts.length);
  });

  it('calls every rule dead for an empty population, and only unreachable ones for a real one', async () => {
    const v = (await sharedStore()).current();
    const none = await review(v, [], 10, new Date());
    expect(none.deadRules).to.have.length(v.rules.rules.length);
    const one = await review(
      v,
      [{ age: 15, district: 'farsta', criminality: 'convicted' }],
      10,
      new Date(),
    );
    expect(one.deadRules.length).to.be.lessThan(v.rules.rules.length);
    const fired = v.rules.rules.filter((r) => !one.deadRules.some((d) => d.id === r.id));
    for (const r of fired) expect(r.needArea, r.id).to.equal('criminality');
  });
});
