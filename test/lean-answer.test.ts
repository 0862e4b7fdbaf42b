// Lean answers: by default a recommendation carries what depends on the profile plus the few facts
// needed to read it alone; ?view=full gives the whole cards, and the lean view is exactly the full
// view with the catalogue-only fields left out.
import { expect } from 'chai';
import request from 'supertest';
import { testApp, type TestApp } from './helpers/app.js';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { CATALOGUE_ONLY_FIELDS } from '../src/explain/lean-card.js';
import { documentValidators } from './helpers/openapi-ajv.js';

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

/** Answer JSON, untyped as supertest parses it: the mutations below break it on purpose. */
type Json = request.Response['body'];

describe('recommendation answers match the OpenAPI response schema (schemas/api/recommendation.schema.json)', () => {
  let t: TestApp;
  let validate: ValidateFunction;
  let leanOnly: ValidateFunction;
  let fullOnly: ValidateFunction;
  const answers: Record<string, Json> = {};
  const QUERIES = { lean: '', full: '?view=full', leanExplain: '?explain=true' };
  const FULL_EXPLAIN = '?view=full&explain=true';

  before(async () => {
    t = await testApp();
    const v = documentValidators((await request(t.app).get('/openapi.json').expect(200)).body);
    validate = v.response('/api/v1/recommendations', 'post', '200')!;
    leanOnly = v.component('LeanRecommendationResponse')!;
    fullOnly = v.component('FullRecommendationResponse')!;
    for (const [name, q] of Object.entries({ ...QUERIES, fullExplain: FULL_EXPLAIN }))
      answers[name] = (
        await request(t.app)
          .post(`/api/v1/recommendations${q}${q ? '&' : '?'}limit=200`)
          .send(PROFILE)
          .expect(200)
      ).body;
  });

  const why = (f: ValidateFunction) => JSON.stringify(f.errors?.slice(0, 3));

  it('lean, full and explained answers validate, each against its own view only', () => {
    for (const [name, body] of Object.entries(answers)) {
      expect(validate(body), `${name}: ${why(validate)}`).to.equal(true);
      const full = name.startsWith('full');
      expect(fullOnly(body), name).to.equal(full);
      expect(leanOnly(body), name).to.equal(!full);
    }
    // The answers exercise what the schema describes: optional card fields, stale facts, the
    // explained exclusions, central alternatives and more than one availability.
    const recs = answers.fullExplain.recommendations as Json[];
    for (const k of ['availabilityNote', 'intensity', 'duration'])
      expect(
        recs.some((r) => k in r),
        k,
      ).to.equal(true);
    expect(recs.some((r) => r.staleFacts.length > 0)).to.equal(true);
    expect(new Set(recs.map((r) => r.availability)).size).to.be.greaterThan(1);
    expect(answers.fullExplain.excluded.length).to.be.greaterThan(0);
    expect(answers.lean.centralAlternatives.length).to.be.greaterThan(0);
  });

  const lean = (b: Json) => b.recommendations[0];
  const mutations: [string, keyof typeof QUERIES, (b: Json) => void][] = [
    ['an extra top-level field', 'lean', (b) => (b.generatedAt = '2026-11-30')],
    ['no needsOverview', 'lean', (b) => delete b.needsOverview],
    ['a catalogue version that is not the hash', 'lean', (b) => (b.catalogueVersion = 'v1')],
    ['a profile with a personal number', 'lean', (b) => (b.profile.personnummer = '1')],
    ['a lean option with a catalogue field', 'lean', (b) => (lean(b).summary = 'x')],
    ['a lean option with evidence notes', 'lean', (b) => (lean(b).evidence.notes = 'x')],
    ['a lean option without its provider', 'lean', (b) => delete lean(b).provider],
    ['an option that is not offered', 'lean', (b) => (lean(b).availability = 'not-offered')],
    ['an option with an unknown need', 'lean', (b) => (lean(b).matchedNeeds = ['housing'])],
    ['an option ranked 0', 'lean', (b) => (lean(b).rank = 0)],
    ['a provider with an extra field', 'lean', (b) => (lean(b).provider.phone = '08')],
    ['an overview row with an unknown gap', 'lean', (b) => (b.needsOverview[0].gap = 'some')],
    [
      'a local central alternative',
      'lean',
      (b) => (b.centralAlternatives[0].availability = 'local'),
    ],
    ['an exclusion without why', 'leanExplain', (b) => delete b.excluded[0].why],
    ['an exclusion with an extra field', 'leanExplain', (b) => (b.excluded[0].rank = 1)],
    ['a full option without sources', 'full', (b) => delete b.recommendations[0].sources],
    ['a full option without staleFacts', 'full', (b) => delete b.recommendations[0].staleFacts],
    ['full evidence without notes', 'full', (b) => delete b.recommendations[0].evidence.notes],
    [
      'a full option with a field no card has',
      'full',
      (b) => (b.recommendations[0].eligibilityNotes = ['x']),
    ],
    [
      'lean and full options in one answer',
      'full',
      (b) => (b.recommendations[1] = structuredClone(answers.lean.recommendations[1])),
    ],
  ];
  const LABEL = { lean: 'a lean', full: 'a full', leanExplain: 'an explained' };
  for (const [what, view, mutate] of mutations) {
    it(`rejects ${LABEL[view]} answer with ${what}`, () => {
      const b = structuredClone(answers[view]);
      mutate(b);
      expect(validate(b)).to.equal(false);
    });
  }
});
