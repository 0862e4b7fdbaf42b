// Error answers are bounded: a request full of bad items gets at most 20 problems and a count of
// the rest, so the answer cannot be many times the size of the request.
import { expect } from 'chai';
import request from 'supertest';
import { testApp, type TestApp } from './helpers/app.js';

describe('bounded problem answers', () => {
  let t: TestApp;
  before(async () => {
    t = await testApp();
  });

  /** A profile of about 30 kB: hundreds of unknown keys and a violence list of bad items. */
  function badProfile(): Record<string, unknown> {
    const p: Record<string, unknown> = { age: 12, violence: [] as string[] };
    for (let i = 0; i < 600; i++) p[`unknownField${i}`] = i;
    for (let i = 0; i < 600; i++) (p.violence as string[]).push(`x${i}`);
    return p;
  }

  it('lists at most 20 problems plus how many more, whatever the request holds', async () => {
    const body = JSON.stringify(badProfile());
    expect(body.length).to.be.within(12_000, 32_000);
    const res = await request(t.app)
      .post('/api/v1/recommendations')
      .set('Content-Type', 'application/json')
      .send(body)
      .expect(400);
    expect(res.body.errors).to.have.length(20);
    expect(res.body.moreErrors).to.be.greaterThan(500);
    expect(res.text.length, 'answer size').to.be.lessThan(16_000);
    expect(res.body.detail).to.match(/and \d+ more/);
  });

  it('clips an echoed field name of many kilobytes', async () => {
    const res = await request(t.app)
      .post('/api/v1/recommendations')
      .send({ age: 12, ['k'.repeat(20_000)]: 1 })
      .expect(400);
    expect(res.text.length).to.be.lessThan(4_000);
    expect(res.body.errors[0].field.length).to.be.at.most(120);
  });

  it('bounds a CDS Hooks request with many bad items the same way', async () => {
    const res = await request(t.app)
      .post('/cds-services/insatsguiden-recommendations')
      .send({
        hook: 'se.stockholm.insatsguiden.assessment',
        hookInstance: 'd1577c69-dfbe-44ad-ba6d-3e05e953b2ea',
        context: { profile: badProfile() },
      })
      .expect(400);
    expect(res.body.errors).to.have.length(20);
    expect(res.body.moreErrors).to.be.greaterThan(500);
    expect(res.text.length).to.be.lessThan(16_000);
  });

  it('keeps a short list whole, without a count', async () => {
    const res = await request(t.app)
      .post('/api/v1/recommendations')
      .send({ age: 12, name: 'x' })
      .expect(400);
    expect(res.body.errors).to.have.length(1);
    expect(res.body).to.not.have.property('moreErrors');
  });
});
