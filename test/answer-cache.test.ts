// The per-version answer cache of POST /api/v1/recommendations: a repeated request gets the very
// bytes a fresh computation would give, the key covers every query option, the cache stays within
// its byte bound, and a reload starts the new version with an empty cache of its own.
import { expect } from 'chai';
import fc from 'fast-check';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import request from 'supertest';
import { CatalogueStore } from '../src/version/catalogue-store.js';
import { defaultCatalogDir, defaultRulesDir, projectRoot } from '../src/config/paths.js';
import { testApp } from './helpers/app.js';
import { profileArb } from './helpers/arbitraries.js';

const PATH = '/api/v1/recommendations';
const QUERIES = ['', '?limit=3', '?view=full', '?explain=true', '?view=full&explain=true&limit=5'];

async function freshStore(): Promise<CatalogueStore> {
  return CatalogueStore.open({
    root: projectRoot,
    catalogDir: defaultCatalogDir,
    rulesDir: defaultRulesDir,
  });
}

describe('answer cache', () => {
  it('a repeated request gets the bytes an uncached app computes, for every query option', async () => {
    const store = await freshStore();
    const cached = await testApp({}, store);
    const uncached = await testApp({ ANSWER_CACHE_MB: '0' }, await freshStore());
    const districts = [...store.current().districtById.keys()];
    const profiles = fc.sample(profileArb(districts), { numRuns: 12, seed: 31 });
    for (const p of profiles) {
      // All query variants of one profile first, so a key that missed an option would hand the
      // first variant's answer to the next ones.
      for (const q of QUERIES)
        await request(cached.app)
          .post(PATH + q)
          .send(p)
          .expect(200);
      for (const q of QUERIES) {
        const hit = await request(cached.app)
          .post(PATH + q)
          .send(p)
          .expect(200);
        const fresh = await request(uncached.app)
          .post(PATH + q)
          .send(p)
          .expect(200);
        expect(hit.text, `${q} ${JSON.stringify(p)}`).to.equal(fresh.text);
      }
    }
    const answers = store.current().runtime.answers!;
    expect(answers.size).to.equal(profiles.length * QUERIES.length);
    expect(uncached.store.current().runtime.answers).to.equal(undefined);
  });

  it('stays within its byte bound however many distinct profiles arrive', async () => {
    const store = await freshStore();
    const t = await testApp({ ANSWER_CACHE_MB: '1' }, store);
    const districts = [...store.current().districtById.keys()];
    const profiles = fc.sample(profileArb(districts), { numRuns: 300, seed: 5 });
    let sent = 0;
    for (const p of profiles) {
      const res = await request(t.app).post(`${PATH}?view=full`).send(p).expect(200);
      sent += res.text.length;
    }
    const answers = store.current().runtime.answers!;
    expect(sent, 'the test must overflow the bound').to.be.greaterThan(2 * 1024 * 1024);
    expect(answers.calculatedSize).to.be.at.most(1024 * 1024);
    expect(answers.size).to.be.greaterThan(0).and.lessThan(profiles.length);
  });

  it('compresses an answer asked for again once, and keeps its gzip and brotli bytes', async () => {
    const store = await freshStore();
    const t = await testApp({}, store);
    const p = { age: 15, district: 'farsta', criminality: 'convicted', schoolAbsence: 'frequent' };
    const first = await request(t.app)
      .post(PATH)
      .set('Accept-Encoding', 'gzip')
      .send(p)
      .expect(200);
    const entry = [...store.current().runtime.answers!.values()][0]!;
    // The first answer was compressed on the fly by the middleware: nothing kept yet.
    expect(first.headers['content-encoding']).to.equal('gzip');
    expect(entry.gzip).to.equal(undefined);
    for (const encoding of ['gzip', 'br', 'gzip'] as const) {
      const again = await request(t.app)
        .post(PATH)
        .set('Accept-Encoding', encoding)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .send(p)
        .expect(200);
      expect(again.headers['content-encoding']).to.equal(encoding);
      expect(again.headers.vary).to.match(/Accept-Encoding/);
    }
    expect(gunzipSync(entry.gzip!).equals(entry.body)).to.equal(true);
    expect(brotliDecompressSync(entry.br!).equals(entry.body)).to.equal(true);
    expect(entry.body.toString('utf8')).to.equal(first.text);
  });

  it('dies with its version: a reload serves from a new, empty cache', async () => {
    const store = await freshStore();
    const t = await testApp({}, store);
    const p = { age: 14, district: 'farsta', schoolAbsence: 'frequent' };
    await request(t.app).post(PATH).send(p).expect(200);
    const before = store.current();
    expect(before.runtime.answers!.size).to.equal(1);
    const r = await store.reload();
    expect(r.ok).to.equal(true);
    expect(store.current()).to.not.equal(before);
    expect(store.current().runtime.answers).to.equal(undefined);
    await request(t.app).post(PATH).send(p).expect(200);
    expect(store.current().runtime.answers!.size).to.equal(1);
  });
});
