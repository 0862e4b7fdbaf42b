// Property-based robustness: random and mutated bodies and query strings against every endpoint.
// Whatever a client sends, the answer is never a 5xx and errors are problem+json.
import { expect } from 'chai';
import fc from 'fast-check';
import request from 'supertest';
import { testApp, type TestApp } from './helpers/app.js';
import { profileArb } from './helpers/arbitraries.js';

const GET_PATHS = [
  '/health',
  '/ready',
  '/api/v1/interventions',
  '/api/v1/interventions/skkp',
  '/api/v1/districts',
  '/api/v1/providers',
  '/api/v1/vocabulary',
  '/api/v1/search',
  '/api/v1/coverage',
  '/api/v1/coverage/farsta',
  '/api/v1/export/hsds',
  '/cds-services',
  '/openapi.json',
];
const POST_PATHS = [
  '/api/v1/recommendations',
  '/cds-services/insatsguiden-recommendations',
  '/api/v1/admin/reload',
];
const QUERY_KEYS = [
  'q',
  'district',
  'needArea',
  'age',
  'level',
  'explain',
  'format',
  'limit',
  '__proto__',
  'constructor',
  'toString',
];

/** Nasty strings: operators lunr would parse, unicode, huge numbers, prototype keys. */
const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(
    'MST:',
    '*~^',
    '"',
    '+-',
    ':',
    '~2',
    '^10',
    '*',
    'a:b:c',
    '\u0000',
    '%',
    '%ZZ',
    '../../etc/passwd',
    '<script>',
    '1e309',
    '-0',
    'NaN',
    '__proto__',
    'constructor',
    'ö'.repeat(300),
  ),
);
const jsonValue = fc.jsonValue({ maxDepth: 3 });

describe('fuzzing every endpoint (fast-check)', function () {
  this.timeout(120_000);
  let t: TestApp;
  let districtIds: string[];
  before(async () => {
    t = await testApp({ ADMIN_TOKEN: 'fuzz-admin-token-0123456789abcdef' });
    districtIds = [...t.store.current().districtById.keys()];
  });

  const check = (res: request.Response) => {
    expect(res.status, `${res.status} ${res.text.slice(0, 200)}`).to.be.below(500);
    if (res.status >= 400) expect(res.type).to.equal('application/problem+json');
  };

  it('GET with random query strings (≥ 1,000 requests)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...GET_PATHS),
        fc.dictionary(
          fc.constantFrom(...QUERY_KEYS),
          fc.oneof(nasty, fc.array(nasty, { maxLength: 3 })),
        ),
        async (p, query) => {
          const qs = Object.entries(query)
            .flatMap(([k, v]) =>
              (Array.isArray(v) ? v : [v]).map(
                (x) => `${encodeURIComponent(k)}=${encodeURIComponent(x)}`,
              ),
            )
            .join('&');
          check(await request(t.app).get(`${p}?${qs}`));
        },
      ),
      { numRuns: 1000, seed: 20261123 },
    );
  });

  it('POST random JSON values and raw bytes (≥ 700 requests)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...POST_PATHS),
        fc.oneof(
          jsonValue.map((v) => JSON.stringify(v)),
          fc.string(),
          fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b).toString('latin1')),
        ),
        fc.constantFrom(
          'application/json',
          'application/json; charset=utf-8',
          'text/plain',
          'application/x-www-form-urlencoded',
          'application/json; charset=latin1',
        ),
        async (p, body, type) => {
          check(
            await request(t.app)
              .post(p)
              .set('Content-Type', type)
              .set('Authorization', 'Bearer x')
              .send(body),
          );
        },
      ),
      { numRuns: 700, seed: 7 },
    );
  });

  it('POST mutated valid profiles: extra, wrong-typed and prototype keys (≥ 600 requests)', async () => {
    const mutation = fc.oneof(
      fc.record({
        key: fc.oneof(
          fc.string(),
          fc.constantFrom('__proto__', 'constructor', 'prototype', 'name', 'personnummer'),
        ),
        value: jsonValue,
      }),
      fc.record({
        key: fc.constantFrom(
          'age',
          'district',
          'violence',
          'criminality',
          'aggression',
          'substanceUse',
        ),
        value: jsonValue,
      }),
    );
    await fc.assert(
      fc.asyncProperty(
        profileArb(districtIds),
        fc.array(mutation, { maxLength: 3 }),
        fc.boolean(),
        async (profile, muts, cds) => {
          let body = JSON.stringify(profile);
          for (const m of muts)
            body = body.replace(
              /}$/,
              `${body.length > 2 ? ',' : ''}${JSON.stringify(m.key)}:${JSON.stringify(m.value)}}`,
            );
          const res = cds
            ? await request(t.app)
                .post('/cds-services/insatsguiden-recommendations')
                .set('Content-Type', 'application/json')
                .send(
                  `{"hook":"se.stockholm.insatsguiden.assessment","hookInstance":"d1577c69-dfbe-44ad-ba6d-3e05e953b2ea","context":{"profile":${body}}}`,
                )
            : await request(t.app)
                .post('/api/v1/recommendations?explain=true')
                .set('Content-Type', 'application/json')
                .send(body);
          check(res);
          if (muts.length === 0) expect(res.status).to.equal(200);
        },
      ),
      { numRuns: 600, seed: 99 },
    );
  });
});
