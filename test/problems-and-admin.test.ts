// Issue 14, points 7, 8 and 10 (JSON body): every error answer is problem+json with a type that
// matches its status; the admin API gives nothing away and accepts one strong token only.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import request from 'supertest';
import { testApp } from './helpers/app.js';
import { connect } from './helpers/raw-http.js';
import { readConfig } from '../src/config/config.js';

const TYPE = /^https:\/\/insatsguiden\.stockholm\.example\/problems\//;
const TOKEN = 'k3J9xQ2mV7pL4sW8nR1tY6uZ0aB5cD3e'; // 32 characters

describe('error answers under /assets', () => {
  const cases: [string, string, number, string][] = [
    ['GET', '/assets/no-such-file.js', 404, 'not-found'],
    ['GET', '/assets/%2e%2e/index.html', 403, 'forbidden'],
    ['POST', '/assets/app.js', 405, 'method-not-allowed'],
    ['DELETE', '/assets/app.js', 405, 'method-not-allowed'],
  ];
  for (const [method, url, status, slug] of cases) {
    it(`${method} ${url} → ${status} problem+json typed ${slug}`, async () => {
      const t = await testApp();
      const res = await request(t.app)[method.toLowerCase() as 'get'](url).expect(status);
      expect(res.headers['content-type']).to.match(/^application\/problem\+json/);
      expect(res.body.status).to.equal(status);
      expect(res.body.type).to.match(TYPE);
      expect(res.body.type.replace(TYPE, '')).to.equal(slug);
      if (status === 405) expect(res.headers.allow).to.equal('GET, HEAD');
    });
  }

  it('still serves the files', async () => {
    const t = await testApp();
    await request(t.app).get('/assets/app.js').expect(200);
    await request(t.app).head('/assets/app.css').expect(200);
  });
});

describe('JSON bodies that are valid JSON but not an object', () => {
  for (const [body, what] of [
    ['null', 'null'],
    ['42', 'a number'],
    ['"x"', 'a string'],
    ['true', 'a boolean'],
  ] as const) {
    it(`${body} is reported as ${what}, not as malformed JSON`, async () => {
      const t = await testApp();
      const res = await request(t.app)
        .post('/api/v1/recommendations')
        .set('Content-Type', 'application/json')
        .send(body)
        .expect(400);
      expect(res.body.type.replace(TYPE, '')).to.equal('invalid-body');
      expect(res.body.detail).to.include(what);
      expect(res.body.detail).not.to.match(/not valid JSON/i);
    });
  }

  it('real syntax errors are still malformed JSON', async () => {
    const t = await testApp();
    const res = await request(t.app)
      .post('/api/v1/recommendations')
      .set('Content-Type', 'application/json')
      .send('{"age": 1')
      .expect(400);
    expect(res.body.type.replace(TYPE, '')).to.equal('malformed-json');
  });
});

describe('admin API', () => {
  it('when off, the 404 does not say how it is configured', async () => {
    const t = await testApp();
    const res = await request(t.app)
      .post('/api/v1/admin/reload')
      .set('Authorization', `Bearer ${TOKEN}`)
      .expect(404);
    expect(res.text).not.to.match(/ADMIN_TOKEN|token|disabled|admin/i);
    const other = await request(t.app).post('/api/v1/no-such-route').expect(404);
    expect(res.body.detail).to.equal(other.body.detail);
  });

  it('requires a token of at least 32 characters that is not a trivial repetition', () => {
    expect(() => readConfig({ ADMIN_TOKEN: 'x'.repeat(20) + 'y'.repeat(11) })).to.throw(
      /ADMIN_TOKEN must be at least 32 characters/,
    );
    expect(() => readConfig({ ADMIN_TOKEN: 'a'.repeat(40) })).to.throw(/ADMIN_TOKEN/);
    expect(readConfig({ ADMIN_TOKEN: TOKEN }).adminToken).to.equal(TOKEN);
  });

  it('rejects duplicate Authorization headers, even when the first one is right', async () => {
    const t = await testApp({ ADMIN_TOKEN: TOKEN });
    const server = http.createServer(t.app).listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    try {
      const c = await connect((server.address() as AddressInfo).port);
      await c.send(
        `POST /api/v1/admin/reload HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${TOKEN}\r\nAuthorization: Bearer other\r\nConnection: close\r\n\r\n`,
      );
      const res = await c.response();
      expect(res.status).to.equal(400);
      expect(res.headers['content-type']).to.match(/^application\/problem\+json/);
      expect(c.received()).to.include('duplicate-header');
      c.socket.destroy();
    } finally {
      server.close();
    }
  });
});
