// Compression and precomputed heavy reads: answers over ~1 kB come as brotli or gzip by
// Accept-Encoding; coverage, export, OpenAPI, vocabulary and the intervention list are built once
// per catalogue version, answer 304 to their ETag, and coverage/export have a budget of their own.
import { expect } from 'chai';
import { request as httpRequest, type Server } from 'node:http';
import { once } from 'node:events';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import request from 'supertest';
import { testApp, sharedStore, type TestApp } from './helpers/app.js';
import { precomputed } from '../src/http/precomputed.js';

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

describe('compression and precomputed answers', () => {
  let t: TestApp;
  let server: Server;
  let port: number;
  before(async () => {
    t = await testApp();
    server = t.app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    port = (server.address() as { port: number }).port;
  });
  after(() => server.close());

  /** The raw bytes as sent (no client-side decompression). */
  function raw(method: string, path: string, headers: Record<string, string>, body?: string) {
    return new Promise<Raw>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, method, path, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      });
      req.on('error', reject);
      req.end(body);
    });
  }
  const decode = (r: Raw) =>
    r.headers['content-encoding'] === 'br'
      ? brotliDecompressSync(r.body)
      : r.headers['content-encoding'] === 'gzip'
        ? gunzipSync(r.body)
        : r.body;

  it('compresses a recommendation answer with brotli or gzip, as asked', async () => {
    const profile = JSON.stringify({ age: 15, criminality: 'convicted', substanceUse: 'risky' });
    const h = { 'Content-Type': 'application/json' };
    const plain = await raw('POST', '/api/v1/recommendations', h, profile);
    expect(plain.headers['content-encoding']).to.equal(undefined);
    expect(plain.body.length).to.be.greaterThan(1024);
    for (const enc of ['br', 'gzip']) {
      const r = await raw(
        'POST',
        '/api/v1/recommendations',
        { ...h, 'Accept-Encoding': enc },
        profile,
      );
      expect(r.headers['content-encoding'], enc).to.equal(enc);
      expect(r.body.length).to.be.lessThan(plain.body.length / 2);
      expect(JSON.parse(decode(r).toString('utf8'))).to.deep.equal(
        JSON.parse(plain.body.toString('utf8')),
      );
    }
  });

  it('leaves small answers alone', async () => {
    const r = await raw('GET', '/health', { 'Accept-Encoding': 'br, gzip' });
    expect(r.headers['content-encoding']).to.equal(undefined);
  });

  const heavy = [
    '/api/v1/coverage',
    '/api/v1/coverage?format=csv',
    '/api/v1/coverage/kungsholmen',
    '/api/v1/export/hsds',
    '/openapi.json',
    '/api/v1/vocabulary',
    '/api/v1/interventions',
  ];
  for (const path of heavy) {
    it(`GET ${path}: pre-compressed (br, gzip) equal to the plain bytes, and 304 on its ETag`, async () => {
      const plain = await raw('GET', path, { Host: 'localhost' });
      expect(plain.status).to.equal(200);
      expect(String(plain.headers.vary)).to.match(/Accept-Encoding/);
      for (const enc of ['br', 'gzip']) {
        const r = await raw('GET', path, { Host: 'localhost', 'Accept-Encoding': enc });
        expect(r.headers['content-encoding'], enc).to.equal(enc);
        expect(decode(r).equals(plain.body), enc).to.equal(true);
      }
      const etag = String(plain.headers.etag);
      expect(etag).to.equal(`W/"${t.store.current().version}"`);
      const again = await raw('GET', path, { Host: 'localhost', 'If-None-Match': etag });
      expect(again.status).to.equal(304);
      expect(again.body.length).to.equal(0);
    });
  }

  it('builds a precomputed answer once per catalogue version and key', async () => {
    const v = (await sharedStore()).current();
    let builds = 0;
    const build = () => {
      builds++;
      return { type: 'application/json', body: '{}' };
    };
    const a = precomputed(v, 'test:once', build);
    const b = precomputed(v, 'test:once', build);
    expect(a).to.equal(b);
    expect(builds).to.equal(1);
  });

  it('gives coverage and the export a stricter budget of their own', async () => {
    const limited = await testApp({ RATE_LIMIT: '100', HEAVY_RATE_LIMIT: '2' });
    await request(limited.app).get('/api/v1/coverage').expect(200);
    await request(limited.app).get('/api/v1/export/hsds').expect(200);
    const third = await request(limited.app).get('/api/v1/coverage?format=csv').expect(429);
    expect(third.type).to.equal('application/problem+json');
    await request(limited.app).get('/api/v1/districts').expect(200);
  });
});
