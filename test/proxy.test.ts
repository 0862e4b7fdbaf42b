// Behind the city's reverse proxy: TRUST_PROXY makes the rate limit count clients, not the proxy;
// PUBLIC_BASE_URL gives absolute links whatever Host arrives, and without it links from the Host
// header are marked Vary: Host.
import { expect } from 'chai';
import request from 'supertest';
import { testApp } from './helpers/app.js';
import { readConfig, ConfigError } from '../src/config/config.js';

const CDS = {
  hook: 'se.stockholm.insatsguiden.assessment',
  hookInstance: 'd1577c69-dfbe-44ad-ba6d-3e05e953b2ea',
  context: { profile: { age: 15, district: 'norrmalm', violence: ['honour-related'] } },
};

describe('behind a reverse proxy', () => {
  it('TRUST_PROXY: each forwarded client has its own budget', async () => {
    const t = await testApp({ RATE_LIMIT: '2', TRUST_PROXY: '1' });
    const from = (ip: string) => request(t.app).get('/api/v1/districts').set('X-Forwarded-For', ip);
    await from('10.0.0.1').expect(200);
    await from('10.0.0.1').expect(200);
    await from('10.0.0.1').expect(429);
    await from('10.0.0.2').expect(200);
  });

  it('without TRUST_PROXY a forwarded address is ignored (one client: the proxy)', async () => {
    const t = await testApp({ RATE_LIMIT: '2' });
    const from = (ip: string) => request(t.app).get('/api/v1/districts').set('X-Forwarded-For', ip);
    await from('10.0.0.1').expect(200);
    await from('10.0.0.2').expect(200);
    await from('10.0.0.3').expect(429);
  });

  it('PUBLIC_BASE_URL: HSDS and CDS links use it, whatever the Host header', async () => {
    const t = await testApp({ PUBLIC_BASE_URL: 'https://insatsguiden.stockholm.example/' });
    const hsds = await request(t.app)
      .get('/api/v1/export/hsds')
      .set('Host', 'evil.example')
      .expect(200);
    expect(hsds.text).to.include('https://insatsguiden.stockholm.example/insats/');
    expect(hsds.text).to.not.include('evil.example');
    expect(String(hsds.headers.vary)).to.not.match(/Host/);
    const cds = await request(t.app)
      .post('/cds-services/insatsguiden-recommendations')
      .set('Host', 'evil.example')
      .send(CDS)
      .expect(200);
    expect(cds.text).to.include('https://insatsguiden.stockholm.example/insats/');
    expect(cds.text).to.not.include('evil.example');
  });

  it('without PUBLIC_BASE_URL, answers with links from Host say Vary: Host', async () => {
    const t = await testApp();
    const hsds = await request(t.app).get('/api/v1/export/hsds').set('Host', 'a.example');
    expect(String(hsds.headers.vary)).to.match(/Host/);
    expect(hsds.text).to.include('http://a.example/insats/');
  });

  it('refuses a malformed TRUST_PROXY, PUBLIC_BASE_URL, WORKERS or REDIS_URL at start', () => {
    for (const env of [
      { TRUST_PROXY: 'everyone' },
      { PUBLIC_BASE_URL: 'insatsguiden.example' },
      { WORKERS: '0' },
      { REDIS_URL: 'http://x' },
    ])
      expect(() => readConfig(env), JSON.stringify(env)).to.throw(ConfigError);
    expect(readConfig({ TRUST_PROXY: '10.0.0.0/8, loopback' }).trustProxy).to.deep.equal([
      '10.0.0.0/8',
      'loopback',
    ]);
  });
});
