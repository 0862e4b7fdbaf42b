// Lean answers: by default a recommendation carries what depends on the profile plus the few facts
// needed to read it alone; ?view=full gives the whole cards, and the lean view is exactly the full
// view with the catalogue-only fields left out.
import { expect } from 'chai';
import request from 'supertest';
import { testApp, type TestApp } from './helpers/app.js';
import { CATALOGUE_ONLY_FIELDS } from '../src/explain/lean-card.js';

type Obj = Record<string, unknown>;
const PROFILE = {
  age: 15,
  district: 'kungsholmen',
  criminality: 'convicted',
  substanceUse: 'risky',
};

describe('lean recommendation answers', () => {
  let t: TestApp;
  before(async () => {
    t = await testApp();
  });

  const post = (query: string) =>
    request(t.app).post(`/api/v1/recommendations${query}`).send(PROFILE).expect(200);

  it('by default carries the profile-dependent fields and leaves the catalogue facts out', async () => {
    const res = await post('');
    const recs = res.body.recommendations as Obj[];
    expect(recs.length).to.be.greaterThan(2);
    for (const r of recs) {
      for (const f of ['id', 'name', 'rank', 'score', 'reasons', 'matchedNeeds', 'availability'])
        expect(r, f).to.have.property(f);
      for (const f of ['provider', 'ageRange', 'decision']) expect(r, f).to.have.property(f);
      expect(Object.keys(r.evidence as Obj)).to.deep.equal(['level']);
      for (const f of CATALOGUE_ONLY_FIELDS) expect(r, f).to.not.have.property(f);
    }
    expect(res.body).to.include.keys('profile', 'needs', 'total', 'centralAlternatives');
  });

  it('?view=full adds the whole cards, and lean is full minus the catalogue-only fields', async () => {
    const [lean, full] = await Promise.all([
      post('?explain=true'),
      post('?explain=true&view=full'),
    ]);
    const fullRecs = full.body.recommendations as Obj[];
    expect(fullRecs[0]).to.include.keys('sources', 'referral', 'targetGroup', 'offeredIn');
    const projected = fullRecs.map((r) => {
      const out: Obj = {};
      for (const [k, val] of Object.entries(r))
        if (!CATALOGUE_ONLY_FIELDS.has(k))
          out[k] = k === 'evidence' ? { level: (val as Obj).level } : val;
      return out;
    });
    expect(lean.body.recommendations).to.deep.equal(projected);
    const rest = (body: Obj) => ({ ...body, recommendations: undefined });
    expect(rest(lean.body as Obj)).to.deep.equal(rest(full.body as Obj));
    expect(lean.text.length).to.be.lessThan(full.text.length / 2);
  });

  it('refuses an unknown view with a 400 naming the parameter', async () => {
    const res = await request(t.app)
      .post('/api/v1/recommendations?view=tiny')
      .send(PROFILE)
      .expect(400);
    expect(res.body.errors[0].field).to.equal('view');
  });
});
