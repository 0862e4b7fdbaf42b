// The HTTP contract: read API, RFC 9457 errors from one handler, hardening headers.
import { expect } from 'chai';
import request from 'supertest';
import { testApp, type TestApp } from './helpers/app.js';

const PROBLEM = 'application/problem+json';

describe('HTTP API', () => {
  let t: TestApp;
  before(async () => {
    t = await testApp();
  });

  describe('health and read API', () => {
    it('GET /health and /ready name the catalogue version', async () => {
      const v = t.store.current().version;
      const h = await request(t.app).get('/health').expect(200);
      expect(h.body).to.deep.equal({ status: 'ok', catalogueVersion: v });
      const r = await request(t.app).get('/ready').expect(200);
      expect(r.body.catalogueVersion).to.equal(v);
      expect(r.body.interventions).to.be.greaterThan(75);
      expect(r.headers['x-catalogue-version']).to.equal(v);
    });

    it('GET /api/v1/interventions lists every record', async () => {
      const res = await request(t.app).get('/api/v1/interventions').expect(200);
      expect(res.body.count).to.equal(t.store.current().interventions.length);
      expect(res.body.items[0]).to.include.keys(
        'id',
        'name',
        'ageRange',
        'offeredIn',
        'evidence',
        'sources',
      );
    });

    it("filters by district: local offers plus city-wide ones, never another district's", async () => {
      const res = await request(t.app)
        .get('/api/v1/interventions?district=kungsholmen')
        .expect(200);
      const ids = res.body.items.map((i: { id: string }) => i.id);
      expect(ids).to.include('kibb'); // local in Kungsholmen (003)
      expect(ids).to.include('skkp'); // central
      expect(ids).not.to.include('humlan'); // Farsta only
      expect(ids).not.to.include('mst-can'); // not in Stockholm
    });

    it('filters by need area, age and level together', async () => {
      const res = await request(t.app)
        .get('/api/v1/interventions?needArea=criminality&age=16&level=central')
        .expect(200);
      const items = res.body.items as {
        id: string;
        level: string;
        needAreas: string[];
        ageRange: { min: number | null; max: number | null };
      }[];
      expect(items.map((i) => i.id)).to.include('skkp');
      for (const i of items) {
        expect(i.level).to.equal('central');
        expect(i.needAreas).to.include('criminality');
        if (i.ageRange.min !== null) expect(i.ageRange.min).to.be.at.most(16);
        if (i.ageRange.max !== null) expect(i.ageRange.max).to.be.at.least(16);
      }
    });

    it('rejects unknown filter values with a 400 naming the parameter and what is allowed', async () => {
      const res = await request(t.app).get('/api/v1/interventions?district=solna').expect(400);
      expect(res.type).to.equal(PROBLEM);
      expect(res.body.errors[0]).to.include({ field: 'district', code: 'NOT_ALLOWED_VALUE' });
      expect(res.body.errors[0].allowed).to.include('kungsholmen');
      await request(t.app).get('/api/v1/interventions?age=-1').expect(400);
      await request(t.app).get('/api/v1/interventions?age=1&age=2').expect(400);
    });

    it('GET /api/v1/interventions/:id returns the full record with provider level', async () => {
      const res = await request(t.app).get('/api/v1/interventions/skkp').expect(200);
      expect(res.body.ageRange).to.deep.equal({ min: 15, max: 21, note: 'unga 15–21 år' });
      expect(res.body.provider).to.deep.include({ id: 'framtid-stockholm', level: 'central' });
      expect(res.body.sources.length).to.be.greaterThan(0);
    });

    it('unknown intervention → 404 problem+json', async () => {
      const res = await request(t.app).get('/api/v1/interventions/finns-inte').expect(404);
      expect(res.type).to.equal(PROBLEM);
      expect(res.body).to.include({ status: 404, title: 'Not Found' });
      expect(res.body.type).to.match(/^https:\/\//);
    });

    it('GETs carry the catalogue version as ETag and answer 304 to a matching If-None-Match', async () => {
      const v = t.store.current().version;
      const first = await request(t.app).get('/api/v1/interventions/skkp').expect(200);
      expect(first.headers.etag).to.equal(`W/"${v}"`);
      await request(t.app)
        .get('/api/v1/interventions/skkp')
        .set('If-None-Match', String(first.headers.etag))
        .expect(304);
      const post = await request(t.app)
        .post('/api/v1/recommendations')
        .send({ age: 9 })
        .expect(200);
      expect(post.headers).not.to.have.property('etag');
    });

    it('GET /api/v1/districts lists the 14 districts', async () => {
      const res = await request(t.app).get('/api/v1/districts').expect(200);
      expect(res.body.items).to.have.length(14);
      expect(
        res.body.items.find((d: { id: string }) => d.id === 'enskede-arsta-vantor').name,
      ).to.equal('Enskede-Årsta-Vantör');
    });
  });

  describe('bad input never gives a 5xx', () => {
    const post = (body: string, type = 'application/json') =>
      request(t.app).post('/api/v1/recommendations').set('Content-Type', type).send(body);

    it('malformed JSON → 400', async () => {
      const res = await post('{"age": 15,').expect(400);
      expect(res.type).to.equal(PROBLEM);
      expect(res.body.title).to.equal('Malformed JSON');
    });

    it('wrong content type → 415', async () => {
      const res = await post('age=15', 'application/x-www-form-urlencoded').expect(415);
      expect(res.type).to.equal(PROBLEM);
      await post('{"age":15}', 'text/plain').expect(415);
    });

    it('body over 32 kB → 413', async () => {
      const res = await post(JSON.stringify({ age: 15, pad: 'x'.repeat(33 * 1024) })).expect(413);
      expect(res.type).to.equal(PROBLEM);
    });

    it('unknown route → 404', async () => {
      const res = await request(t.app).get('/api/v1/nope').expect(404);
      expect(res.type).to.equal(PROBLEM);
    });

    for (const field of ['name', 'personnummer', 'notes', 'freeText']) {
      it(`identifying field '${field}' → 400 naming it`, async () => {
        const res = await post(
          JSON.stringify({ age: 12, [field]: 'Anna Andersson 20120101-1234' }),
        ).expect(400);
        expect(res.body.errors.map((e: { field: string }) => e.field)).to.include(field);
        expect(res.body.detail).to.include(field);
        // The rejected value is never echoed back.
        expect(JSON.stringify(res.body)).not.to.include('Anna');
      });
    }

    it('__proto__ and constructor keys → 400', async () => {
      const a = await post('{"age": 12, "__proto__": {"admin": true}}').expect(400);
      expect(a.body.errors.map((e: { field: string }) => e.field)).to.include('__proto__');
      const b = await post('{"age": 12, "constructor": {"prototype": {}}}').expect(400);
      expect(b.body.errors.map((e: { field: string }) => e.field)).to.include('constructor');
    });

    it('invalid values name the field and what is allowed', async () => {
      const res = await post(
        JSON.stringify({ age: 30, criminality: 'yes', district: 'solna' }),
      ).expect(400);
      const byField = Object.fromEntries(
        res.body.errors.map((e: { field: string; allowed: string }) => [e.field, e.allowed]),
      );
      expect(byField).to.have.keys('age', 'criminality', 'district');
      expect(byField.criminality).to.equal('none, at-risk, suspected, convicted');
    });

    it('missing age → 400', async () => {
      const res = await post('{}').expect(400);
      expect(res.body.errors[0]).to.include({ field: 'age', code: 'MISSING_PROPERTY' });
    });

    it('explain must be true or false', async () => {
      await request(t.app)
        .post('/api/v1/recommendations?explain=yes')
        .send({ age: 10 })
        .expect(400);
    });
  });

  describe('hardening', () => {
    it('sends security headers and no x-powered-by', async () => {
      const res = await request(t.app).get('/health');
      expect(res.headers).not.to.have.property('x-powered-by');
      expect(res.headers['content-security-policy']).to.include("script-src 'self'");
      expect(res.headers['x-content-type-options']).to.equal('nosniff');
      expect(res.headers['x-request-id']).to.match(/^[0-9a-f-]{36}$/);
    });

    it('CORS is closed by default and opens only for configured origins', async () => {
      const closed = await request(t.app).get('/health').set('Origin', 'https://case.example');
      expect(closed.headers).not.to.have.property('access-control-allow-origin');
      const open = await testApp({ CORS_ORIGINS: 'https://case.example' });
      const res = await request(open.app).get('/health').set('Origin', 'https://case.example');
      expect(res.headers['access-control-allow-origin']).to.equal('https://case.example');
      const other = await request(open.app).get('/health').set('Origin', 'https://evil.example');
      expect(other.headers).not.to.have.property('access-control-allow-origin');
    });

    it('rate limiting answers 429 problem+json past the configured limit', async () => {
      const limited = await testApp({ RATE_LIMIT: '3' });
      for (let i = 0; i < 3; i++) await request(limited.app).get('/api/v1/districts').expect(200);
      const res = await request(limited.app).get('/api/v1/districts').expect(429);
      expect(res.type).to.equal(PROBLEM);
    });

    it('an unexpected error is a 500 problem without a stack trace', async () => {
      const broken = await testApp();
      const v = broken.store.current();
      const original = v.search.search;
      v.search.search = () => {
        throw new Error('secret internal detail at /work/main/src/x.ts:1');
      };
      try {
        const res = await request(broken.app).get('/api/v1/search?q=mst').expect(500);
        expect(res.type).to.equal(PROBLEM);
        expect(JSON.stringify(res.body)).not.to.match(/secret|\.ts:|at /);
      } finally {
        v.search.search = original;
      }
    });
  });
});
