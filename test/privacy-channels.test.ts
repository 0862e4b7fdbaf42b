// Issue 14, points 1–3: personal-number- and name-shaped values sent through every channel a client
// controls (path, query, headers, body, CDS envelope) never reach the log, an answer body or an
// answer header. The log is captured at trace level, so every line the service writes is searched.
import { expect } from 'chai';
import request from 'supertest';
import { testApp } from './helpers/app.js';

const PNR = '19121212-1212';
const PNR_COMPACT = '191212121212';
const NAME = 'Zlatanova Qwerty';
const NAME_ID = 'Zlatanova.Qwerty';
/** What must never appear anywhere: each value and its parts (a name split by encoding). */
const NEEDLES = [PNR, PNR_COMPACT, '121212', 'Zlatanova', 'Qwerty'];

interface Answer {
  status: number;
  text: string;
  headers: Record<string, string | string[]>;
}

const HEADERS: Record<string, string> = {
  'X-Request-Id': PNR,
  'User-Agent': `Case system ${NAME}`,
  Referer: `https://case.example/child/${PNR}`,
  Cookie: `patient=${PNR}; name=${NAME_ID}`,
  'X-Forwarded-For': PNR_COMPACT,
  'X-Patient': NAME_ID,
  'Accept-Language': `sv-SE;q=0.9, ${NAME_ID};q=0.1`,
};

describe('privacy: identifying values through every channel', () => {
  it('no personal number or name reaches the log, an answer body or an answer header', async () => {
    const t = await testApp({
      LOG_LEVEL: 'trace',
      ADMIN_TOKEN: 'k3J9xQ2mV7pL4sW8nR1tY6uZ0aB5cD3e',
    });
    const answers: Answer[] = [];
    const keep = (r: request.Response) =>
      answers.push({ status: r.status, text: r.text ?? '', headers: r.headers });
    const get = async (url: string) => keep(await request(t.app).get(url).set(HEADERS));
    const post = async (url: string, body: unknown) =>
      keep(
        await request(t.app)
          .post(url)
          .set(HEADERS)
          .send(body as object),
      );
    const enc = encodeURIComponent;

    // Path
    for (const value of [PNR, NAME_ID, enc(NAME)]) {
      await get(`/insats/${value}`);
      await get(`/api/v1/interventions/${value}`);
      await get(`/api/v1/coverage/${value}`);
      await get(`/docs/${value}`);
      await get(`/docs/assets/${value}`);
      await get(`/assets/${value}`);
      await get(`/${value}`);
      await get(`/api/v1/${value}`);
      await post(`/cds-services/${value}`, { hook: 'x' });
    }
    // Query
    await get(`/api/v1/search?q=${enc(`${NAME} ${PNR}`)}`);
    await get(`/api/v1/interventions?district=${PNR}&needArea=${enc(NAME)}&level=${NAME_ID}`);
    await get(`/api/v1/interventions?age=${PNR}`);
    await get(`/?personnummer=${PNR}&namn=${enc(NAME)}`);
    await get(`/health?${PNR}`);
    // Body (values in every profile field, also fields the schema does not know)
    await post('/api/v1/recommendations', {
      age: 9,
      district: PNR,
      personnummer: PNR,
      name: NAME,
      substanceUse: NAME,
    });
    await post('/api/v1/recommendations', { age: PNR, violence: [NAME, PNR] });
    await post('/api/v1/recommendations?explain=true', { age: 12, district: 'skarholmen' });
    // CDS envelope: every top-level field and the context
    const profile = { age: 12, district: 'skarholmen' };
    await post('/cds-services/insatsguiden-recommendations', {
      hook: 'se.stockholm.insatsguiden.assessment',
      hookInstance: 'd1577c69-dfbe-44ad-ba6d-3e05e953b2ea',
      fhirServer: `https://fhir.example/${PNR}`,
      fhirAuthorization: { access_token: NAME_ID, token_type: 'Bearer', subject: PNR },
      prefetch: { patient: { id: PNR, name: [{ text: NAME }] } },
      context: { profile, patientId: PNR, userId: NAME_ID },
    });
    await post('/cds-services/insatsguiden-recommendations', {
      hook: NAME,
      hookInstance: PNR,
      context: { profile: { ...profile, district: NAME } },
    });
    // Admin API with a name-shaped bearer token
    keep(
      await request(t.app)
        .post('/api/v1/admin/reload')
        .set({ ...HEADERS, Authorization: `Bearer ${NAME_ID}` }),
    );

    expect(answers.length).to.be.greaterThan(30);
    expect(t.logs.length).to.be.greaterThan(30);
    const log = t.logs.join('\n');
    for (const needle of NEEDLES) {
      expect(log, `the log contains ${needle}`).not.to.include(needle);
      for (const a of answers) {
        expect(a.text, `an answer body (${a.status}) contains ${needle}`).not.to.include(needle);
        expect(JSON.stringify(a.headers), `answer headers contain ${needle}`).not.to.include(
          needle,
        );
      }
    }
  });

  it('logs the route template, never the raw path or query', async () => {
    const t = await testApp({ LOG_LEVEL: 'info' });
    await request(t.app).get('/api/v1/interventions/mst').expect(200);
    await request(t.app).get('/api/v1/interventions/no-such-thing?x=1').expect(404);
    await request(t.app).get('/insats/mst').expect(200);
    const entries = t.logs.map((l) => JSON.parse(l) as Record<string, unknown>);
    const done = entries.filter((e) => e.res);
    expect(done).to.have.length(3);
    expect(done.map((e) => (e.res as { route?: string }).route)).to.deep.equal([
      '/api/v1/interventions/:id',
      '/api/v1/interventions/:id',
      '/insats/:id',
    ]);
    expect(t.logs.join('\n')).not.to.match(/\/mst\b|no-such-thing|x=1/);
  });

  it('404 problems do not echo the path', async () => {
    const t = await testApp();
    for (const url of ['/nowhere-a-path-word', '/api/v1/interventions/a-path-word']) {
      const res = await request(t.app).get(url).expect(404);
      expect(res.headers['content-type']).to.match(/^application\/problem\+json/);
      expect(res.text).not.to.include('path-word');
    }
  });
});

describe('request ids', () => {
  const sendId = async (id: string) => {
    const t = await testApp();
    const res = await request(t.app).get('/health').set('X-Request-Id', id).expect(200);
    const logged = JSON.parse(t.logs.find((l) => l.includes('"res"'))!) as {
      req: { id: string };
    };
    return { echoed: res.headers['x-request-id'] as string, logged: logged.req.id };
  };

  for (const id of ['3f2a9c1b-7d4e-4a1b-9c2d-0123456789ab', 'trace-01.a_b-99', 'req-12345']) {
    it(`keeps a safe client id (${id})`, async () => {
      const { echoed, logged } = await sendId(id);
      expect(echoed).to.equal(id);
      expect(logged).to.equal(id);
    });
  }

  for (const id of [
    PNR,
    PNR_COMPACT,
    'x191212121212',
    NAME_ID,
    'Zlatanova',
    NAME,
    'a'.repeat(65),
  ]) {
    it(`replaces an unsafe client id (${id}) with a generated UUID`, async () => {
      const { echoed, logged } = await sendId(id);
      expect(echoed).to.match(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      expect(logged).to.equal(echoed);
    });
  }
});
