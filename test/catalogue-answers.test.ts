// GET /api/v1/interventions/{id} and GET /api/v1/vocabulary against the served document: the
// answer shapes are data (schemas/api/catalogue.schema.json), closed, and every real answer fits.
import { expect } from 'chai';
import request from 'supertest';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { testApp, type TestApp } from './helpers/app.js';
import { documentValidators } from './helpers/openapi-ajv.js';

/** Answer JSON, untyped as supertest parses it: the mutations below break it on purpose. */
type Json = request.Response['body'];
type Obj = Record<string, unknown>;

describe('intervention detail and vocabulary answers match the OpenAPI response schemas', () => {
  let t: TestApp;
  let doc: Json;
  let detailOk: ValidateFunction;
  let vocabularyOk: ValidateFunction;
  const details = new Map<string, Json>();
  let vocabulary: Json;

  before(async () => {
    t = await testApp();
    doc = (await request(t.app).get('/openapi.json').expect(200)).body;
    const v = documentValidators(doc);
    detailOk = v.response('/api/v1/interventions/{id}', 'get', '200')!;
    vocabularyOk = v.response('/api/v1/vocabulary', 'get', '200')!;
    for (const i of t.store.current().interventions)
      details.set(
        i.id,
        (await request(t.app).get(`/api/v1/interventions/${i.id}`).expect(200)).body,
      );
    vocabulary = (await request(t.app).get('/api/v1/vocabulary').expect(200)).body;
  });

  const why = (f: ValidateFunction) => JSON.stringify(f.errors?.slice(0, 3));

  it('every intervention detail validates, and together they exercise the optional fields', () => {
    expect(detailOk, 'response schema of GET /api/v1/interventions/{id}').to.be.a('function');
    expect(details.size).to.be.greaterThan(50);
    for (const [id, body] of details)
      expect(detailOk(body), `${id}: ${why(detailOk)}`).to.equal(true);
    const all = [...details.values()];
    // With preconditions and eligibility notes, unknown ages, stale facts, the editors' reading
    // of need areas and every other optional record field: the schema is checked on each.
    for (const k of [
      'preconditions',
      'eligibilityNotes',
      'needAreasReading',
      'availabilityNote',
      'intensity',
      'duration',
      'cost',
      'history',
    ])
      expect(
        all.some((b) => k in b),
        k,
      ).to.equal(true);
    expect(all.some((b) => b.ageRange.min === null || b.ageRange.max === null)).to.equal(true);
    expect(all.some((b) => b.staleFacts.length > 0)).to.equal(true);
    expect(all.some((b) => b.provider.level !== 'district')).to.equal(true);
  });

  it('the vocabulary validates', () => {
    expect(vocabularyOk(vocabulary), why(vocabularyOk)).to.equal(true);
    expect(vocabulary.documents.length).to.be.greaterThan(0);
    expect(vocabulary.resultGroups.length).to.be.greaterThan(0);
  });

  it('the answers list every field of the records they carry, so a new record field is described', () => {
    const s = doc.components.schemas as Record<string, { properties: Obj }>;
    const keys = (name: string) => Object.keys(s[name]!.properties);
    expect(keys('InterventionDetail')).to.include.members(keys('Intervention'));
    expect(keys('VocabularyResponse')).to.include.members(keys('Vocabulary'));
  });

  const withPreconditions = () => [...details.values()].find((b) => b.preconditions?.length);
  const detailMutations: [string, (b: Json) => void][] = [
    ['an extra top-level field', (b) => (b.generatedAt = '2026-11-30')],
    ['no catalogueVersion', (b) => delete b.catalogueVersion],
    ['no staleFacts', (b) => delete b.staleFacts],
    ['no sources', (b) => delete b.sources],
    ['the provider as a bare id (the record, not the answer)', (b) => (b.provider = b.provider.id)],
    ['a provider with an extra field', (b) => (b.provider.phone = '08')],
    ['alternativeToPlacement as text', (b) => (b.alternativeToPlacement = 'ja')],
    ['an unknown level', (b) => (b.level = 'national')],
    ['a stale fact with an extra field', (b) => (b.staleFacts = [{ fact: 'ageRange', x: 1 }])],
    ['a precondition that is a string', (b) => (b.preconditions = ['x'])],
  ];
  for (const [what, mutate] of detailMutations) {
    it(`rejects an intervention detail with ${what}`, () => {
      const b = structuredClone(withPreconditions());
      expect(detailOk(b), why(detailOk)).to.equal(true);
      mutate(b);
      expect(detailOk(b)).to.equal(false);
    });
  }

  const vocabularyMutations: [string, (b: Json) => void][] = [
    ['an extra top-level field', (b) => (b.generatedAt = '2026-11-30')],
    ['no profileSchema', (b) => delete b.profileSchema],
    ['no wording', (b) => delete b.wording],
    ['no resultGroups', (b) => delete b.resultGroups],
    ['a profileSchema that is a string', (b) => (b.profileSchema = 'profile.schema.json')],
    ['a wording that is a number', (b) => (b.wording[Object.keys(b.wording)[0]!] = 3)],
    ['a document without a title', (b) => delete b.documents[0].title],
    ['a result group with an extra field', (b) => (b.resultGroups[0].colour = 'red')],
  ];
  for (const [what, mutate] of vocabularyMutations) {
    it(`rejects a vocabulary with ${what}`, () => {
      const b = structuredClone(vocabulary);
      mutate(b);
      expect(vocabularyOk(b)).to.equal(false);
    });
  }
});
