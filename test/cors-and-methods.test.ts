// CORS through the `cors` package (Vary: Origin on every answer of an allow-list) and 405 with
// Allow, as problem+json, for a wrong method on a known route.
import { expect } from 'chai';
import request from 'supertest';
import { testApp, type TestApp } from './helpers/app.js';

describe('CORS allow-list', () => {
  let open: TestApp;
  before(async () => {
    open = await testApp({ CORS_ORIGINS: 'https://case.example' });
  });

  it('sends Vary: Origin for allowed, refused and origin-less requests alike', async () => {
    const allowed = await request(open.app).get('/health').set('Origin', 'https://case.example');
    expect(allowed.headers['access-control-allow-origin']).to.equal('https://case.example');
    expect(allowed.headers['access-control-expose-headers']).to.include('X-Catalogue-Version');
    const refused = await request(open.app).get('/health').set('Origin', 'https://evil.example');
    expect(refused.headers).to.not.have.property('access-control-allow-origin');
    const none = await request(open.app).get('/api/v1/districts');
    for (const res of [allowed, refused, none]) expect(res.headers.vary).to.match(/Origin/);
  });

  it('answers an allowed preflight with 204, the methods and the headers', async () => {
    const res = await request(open.app)
      .options('/api/v1/recommendations')
      .set('Origin', 'https://case.example')
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'content-type')
      .expect(204);
    expect(res.headers['access-control-allow-methods']).to.equal('GET,POST');
    expect(res.headers['access-control-allow-headers']).to.match(/Content-Type/);
  });

  it('is closed (and adds nothing) without CORS_ORIGINS', async () => {
    const closed = await testApp();
    const res = await request(closed.app).get('/health').set('Origin', 'https://case.example');
    expect(res.headers).to.not.have.property('access-control-allow-origin');
  });
});

describe('405 for a wrong method on a known route', () => {
  let t: TestApp;
  before(async () => {
    t = await testApp();
  });

  const cases: [string, string, string][] = [
    ['get', '/api/v1/recommendations', 'POST'],
    ['delete', '/api/v1/interventions/mst', 'GET, HEAD'],
    ['post', '/api/v1/coverage/kungsholmen', 'GET, HEAD'],
    ['put', '/health', 'GET, HEAD'],
    ['get', '/cds-services/insatsguiden-recommendations', 'POST'],
  ];
  for (const [method, path, allow] of cases) {
    it(`${method.toUpperCase()} ${path} → 405, Allow: ${allow}`, async () => {
      const res = await (request(t.app) as unknown as Record<string, (p: string) => request.Test>)[
        method
      ]!(path).expect(405);
      expect(res.headers.allow).to.equal(allow);
      expect(res.type).to.equal('application/problem+json');
      expect(res.body).to.include({ status: 405, title: 'Method Not Allowed' });
    });
  }

  it('an unknown path stays 404', async () => {
    await request(t.app).delete('/api/v1/nothing-here').expect(404);
  });
});
