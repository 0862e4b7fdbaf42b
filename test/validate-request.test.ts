// Requests are validated by ajv validators compiled from the served OpenAPI document: every
// operation has its validators, they follow the version's district ids, query values are typed and
// defaulted from the document, and the CDS envelope and its profile are one check.
import { expect } from 'chai';
import request from 'supertest';
import { testApp, type TestApp } from './helpers/app.js';
import { openApiDocument } from '../src/version/openapi-document.js';
import { compileRequestValidators } from '../src/version/request-validators.js';

type Obj = Record<string, unknown>;

describe('request validators compiled from the OpenAPI document', () => {
  let t: TestApp;
  let doc: Obj & { paths: Record<string, Record<string, Obj>> };
  before(async () => {
    t = await testApp();
    doc = openApiDocument(t.store.current()) as typeof doc;
  });

  it('exist for every documented operation, with a body validator where there is a body', () => {
    const validators = t.store.current().requestValidators;
    for (const [path, item] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(item)) {
        const v = validators.get(`${method} ${path}`);
        expect(v, `${method} ${path}`).to.not.equal(undefined);
        expect(!!v!.body, `${method} ${path} body`).to.equal(!!op.requestBody);
      }
  });

  it('follow the district ids of the document they are compiled from', () => {
    const other = structuredClone(doc) as unknown as Obj & { components: { schemas: Obj } };
    other.components.schemas.DistrictId = { enum: ['ny-stadsdel'] };
    const query = compileRequestValidators(other).get('get /api/v1/interventions')!.query!;
    expect(query({ district: 'ny-stadsdel' })).to.equal(true);
    expect(query({ district: 'kungsholmen' })).to.equal(false);
    const current = t.store.current().requestValidators.get('get /api/v1/interventions')!.query!;
    expect(current({ district: 'kungsholmen' })).to.equal(true);
    expect(current({ district: 'ny-stadsdel' })).to.equal(false);
  });

  it('type query values and fill in the documented defaults', () => {
    const query = t.store.current().requestValidators.get('get /api/v1/search')!.query!;
    const data: Obj = { q: 'FFT' };
    expect(query(data)).to.equal(true);
    expect(data).to.deep.equal({ q: 'FFT', limit: 20 });
    const typed: Obj = { q: 'x', limit: '5' };
    expect(query(typed)).to.equal(true);
    expect(typed.limit).to.equal(5);
    expect(query({ limit: '0' })).to.equal(false);
    expect(query({ limit: ['1', '2'] })).to.equal(false);
  });

  it('answer a limit above the ranking maximum with a 400 naming it', async () => {
    const max = t.store.current().catalogue.ranking.maxLimit;
    const res = await request(t.app)
      .post(`/api/v1/recommendations?limit=${max + 1}`)
      .send({ age: 10 })
      .expect(400);
    expect(res.body.errors).to.deep.equal([
      { field: 'limit', code: 'OUT_OF_RANGE', message: `must be <= ${max}`, allowed: `<= ${max}` },
    ]);
  });

  it('check the CDS envelope and its profile at once, naming fields from the body', async () => {
    const res = await request(t.app)
      .post('/cds-services/insatsguiden-recommendations')
      .send({ hook: 'patient-view', hookInstance: 'nope', context: { profile: { age: 30 } } })
      .expect(400);
    expect(res.body.type).to.match(/invalid-cds-request$/);
    expect(
      res.body.errors.map((e: { field: string; code: string }) => [e.field, e.code]),
    ).to.deep.equal([
      ['hook', 'NOT_ALLOWED_VALUE'],
      ['hookInstance', 'BAD_FORMAT'],
      ['context.profile.age', 'OUT_OF_RANGE'],
    ]);
  });
});
