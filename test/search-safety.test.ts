// Queries are safe: whatever text a user types, up to the length limit, the search answers 200 with
// hits or a 400 problem — never a 5xx, and the text never reaches lunr's query parser (which would
// throw on "MST:" or "~2"). Property-based with fast-check, in-process and over HTTP.
import { expect } from 'chai';
import fc from 'fast-check';
import request from 'supertest';
import { testApp, type TestApp } from './helpers/app.js';

const MAX_Q = 200; // the API's limit on ?q (src/http/routes/search.ts)

/** Percent-encode the UTF-8 bytes (a lone surrogate becomes U+FFFD, as a browser would send it). */
const encode = (s: string): string =>
  [...Buffer.from(s, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');

/** Text a user might type or paste: Swedish words, lunr operators, any unicode, long words. */
const piece = fc.oneof(
  fc.constantFrom(
    'hedersvåld',
    'hemmasittare',
    'missbruk',
    'förälder',
    'Framtid',
    'ADHD',
    'och',
    'för',
    'MST:',
    'name:mst',
    '~2',
    '^10',
    '*',
    '+',
    '-',
    '"',
    ':',
    '\u0000',
    '\ud800',
    'ö'.repeat(60),
    'skol'.repeat(15),
  ),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);
const userText = fc
  .array(piece, { maxLength: 20 })
  .chain((parts) => fc.constantFrom(' ', '', '-', '/').map((sep) => parts.join(sep)));

describe('search queries are safe (fast-check)', function () {
  this.timeout(120_000);
  let t: TestApp;
  let districts: string[];
  before(async () => {
    t = await testApp();
    districts = [...t.store.current().districtById.keys()];
  });

  it('the index answers a list for any text, never throws (2,000 inputs)', () => {
    const index = t.store.current().search;
    fc.assert(
      fc.property(userText, fc.integer({ min: 0, max: 100 }), (q, limit) => {
        const hits = index.search(q, { limit });
        expect(hits).to.be.an('array');
        expect(hits.length).to.be.at.most(limit);
        for (const h of hits) expect(h.score).to.be.a('number').and.not.NaN;
      }),
      { numRuns: 2000, seed: 12 },
    );
  });

  it('GET /api/v1/search answers 200 up to the length limit and 400 beyond it, never 5xx (400 requests)', async () => {
    await fc.assert(
      fc.asyncProperty(
        userText,
        fc.option(fc.oneof(fc.constantFrom(...districts), fc.string({ maxLength: 12 }))),
        async (q, district) => {
          const qs = `q=${encode(q)}${district === null ? '' : `&district=${encode(district)}`}`;
          const res = await request(t.app).get(`/api/v1/search?${qs}`);
          const badDistrict = district !== null && !districts.includes(district);
          const expected =
            Buffer.from(q, 'utf8').toString('utf8').length > MAX_Q || badDistrict ? 400 : 200;
          expect(res.status, `${res.status} for ${JSON.stringify(q.slice(0, 80))}`).to.equal(
            expected,
          );
          if (expected === 400) expect(res.type).to.equal('application/problem+json');
          else expect(res.body.items).to.be.an('array');
        },
      ),
      { numRuns: 400, seed: 2026 },
    );
  });
});
