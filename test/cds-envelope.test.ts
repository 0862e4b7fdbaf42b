// Issue 14, point 3: the CDS Hooks envelope fields that carry patient data or credentials are
// refused with a 400 naming the field, so a caller learns that nothing of it is wanted.
import { expect } from 'chai';
import request from 'supertest';
import { testApp, type TestApp } from './helpers/app.js';

const SERVICE = '/cds-services/insatsguiden-recommendations';
const call = (over: Record<string, unknown>) => ({
  hook: 'se.stockholm.insatsguiden.assessment',
  hookInstance: 'd1577c69-dfbe-44ad-ba6d-3e05e953b2ea',
  context: { profile: { age: 12 } },
  ...over,
});

describe('CDS Hooks envelope: no patient data, no credentials', () => {
  let t: TestApp;
  before(async () => {
    t = await testApp();
  });

  for (const [field, value] of [
    ['fhirAuthorization', { access_token: 'secret-token', token_type: 'Bearer', scope: 'x' }],
    ['prefetch', { patient: { resourceType: 'Patient', id: '1' } }],
    ['fhirServer', 'https://fhir.example/r4'],
  ] as const) {
    it(`refuses ${field} with a 400 problem naming the field`, async () => {
      const res = await request(t.app)
        .post(SERVICE)
        .send(call({ [field]: value }))
        .expect(400);
      expect(res.headers['content-type']).to.match(/^application\/problem\+json/);
      const fields = (res.body.errors as { field: string; message: string }[]).map((e) => e.field);
      expect(fields).to.deep.equal([field]);
      expect(res.body.errors[0].message).to.include('needs no patient data');
    });
  }

  it('still answers a call with the profile alone', async () => {
    const res = await request(t.app).post(SERVICE).send(call({})).expect(200);
    expect(res.body.cards).to.be.an('array');
  });
});
