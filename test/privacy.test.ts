// Profiles are never logged: the request log carries id, route, status and latency only.
import { expect } from 'chai';
import request from 'supertest';
import { testApp } from './helpers/app.js';

describe('privacy: logs never contain a profile', () => {
  it('no profile value appears in the log output, even for rejected profiles and page URLs', async () => {
    const t = await testApp({ LOG_LEVEL: 'trace' });
    // Distinctive values so a leak cannot hide among ordinary log words.
    const profile = {
      age: 17,
      district: 'skarholmen',
      criminality: 'convicted',
      violence: ['honour-related'],
      parentalMentalIllness: true,
    };
    await request(t.app).post('/api/v1/recommendations?explain=true').send(profile).expect(200);
    await request(t.app)
      .post('/api/v1/recommendations')
      .send({ age: 9, personnummer: '20170707-7777', name: 'Zlatanova Qwerty' })
      .expect(400);
    await request(t.app).get(
      '/?age=17&district=skarholmen&criminality=convicted&violence=honour-related',
    );
    await request(t.app)
      .post('/cds-services/insatsguiden-recommendations')
      .send({ hook: 'x', context: { profile } });
    const log = t.logs.join('\n');
    expect(t.logs.length).to.be.greaterThan(3);
    for (const needle of [
      'skarholmen',
      'convicted',
      'honour-related',
      'parentalMentalIllness',
      '20170707-7777',
      'Zlatanova',
      'Qwerty',
    ]) {
      expect(log, `log leaks ${needle}`).not.to.include(needle);
    }
    const entry = JSON.parse(t.logs.find((l) => l.includes('"statusCode":200'))!);
    expect(entry).to.include.keys('req', 'res', 'responseTime');
    expect(entry.req).to.have.keys('id', 'method');
  });
});
