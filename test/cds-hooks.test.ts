// CDS Hooks 2.0-shaped integration: discovery, cards for a valid call, and strict 400/404s.
import { expect } from 'chai';
import request from 'supertest';
import { testApp, type TestApp } from './helpers/app.js';
import { md, truncate } from '../src/export/cds-cards.js';

const HOOK = 'se.stockholm.insatsguiden.assessment';
const SERVICE = '/cds-services/insatsguiden-recommendations';
const PROFILE = {
  age: 15,
  district: 'kungsholmen',
  criminality: 'convicted',
  violence: ['physical-abuse'],
  schoolAbsence: 'long-term',
};
const call = (over: Record<string, unknown> = {}) => ({
  hook: HOOK,
  hookInstance: 'd1577c69-dfbe-44ad-ba6d-3e05e953b2ea',
  context: { profile: PROFILE },
  ...over,
});

interface Card {
  uuid: string;
  summary: string;
  indicator: string;
  detail: string;
  source: { label: string; url: string };
  links: { label: string; url: string; type: string }[];
}

describe('CDS Hooks', () => {
  let t: TestApp;
  before(async () => {
    t = await testApp();
  });

  it('GET /cds-services discovers one service with the custom hook and no prefetch', async () => {
    const res = await request(t.app).get('/cds-services').expect(200);
    expect(res.body.services).to.have.length(1);
    const [s] = res.body.services;
    expect(s).to.include({ hook: HOOK, id: 'insatsguiden-recommendations' });
    expect(s.title).to.be.a('string').and.not.equal('');
    expect(s.description).to.match(/öppenvårdsinsatser/);
    expect(s).not.to.have.property('prefetch');
  });

  describe('a valid call', () => {
    let cards: Card[];
    let host: string;
    before(async () => {
      const res = await request(t.app).post(SERVICE).send(call()).expect(200);
      cards = res.body.cards;
      host = new URL(res.request.url).origin;
    });

    it('returns the top five recommendations as cards, plus one for central alternatives when there are any', async () => {
      const rec = await request(t.app).post('/api/v1/recommendations').send(PROFILE).expect(200);
      const top = (rec.body.recommendations as { name: string }[]).slice(0, 5);
      expect(top.length).to.be.greaterThan(0);
      top.forEach((r, i) =>
        expect(cards[i]!.summary.startsWith(r.name.slice(0, 100))).to.equal(true),
      );
      const central = (rec.body.centralAlternatives as { fillsLocalGap: boolean }[]).some(
        (c) => c.fillsLocalGap,
      );
      expect(cards).to.have.length(top.length + (central ? 1 : 0));
      if (central) expect(cards.at(-1)!.summary).to.match(/^Centrala alternativ/);
    });

    it('gives every card the required fields, with summaries under 140 characters', () => {
      for (const c of cards) {
        expect(c.uuid).to.match(
          /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
        );
        expect([...c.summary].length, c.summary).to.be.lessThan(140);
        expect(c.indicator).to.equal('info');
        expect(c.detail).to.be.a('string').and.not.equal('');
        expect(c.source.label).to.equal('Insatsguiden – Stockholms stad');
        expect(c.source.url.startsWith(`${host}/`)).to.equal(true);
        expect(c.links.length).to.be.greaterThan(0);
        for (const l of c.links) {
          expect(l.type).to.equal('absolute');
          expect(l.url.startsWith(`${host}/insats/`), l.url).to.equal(true);
          expect(l.label).to.be.a('string').and.not.equal('');
        }
      }
      expect(new Set(cards.map((c) => c.uuid)).size).to.equal(cards.length);
    });

    it('explains each recommendation in Markdown: reasons as a list, evidence, age and availability', () => {
      const c = cards[0]!;
      expect(c.detail).to.match(/^- /m);
      expect(c.detail).to.include('**Kunskapsläge:**');
      expect(c.detail).to.include('**Ålder:**');
      expect(c.detail).to.include('**Tillgänglighet:**');
      expect(c.links[0]).to.deep.include({ label: 'Visa i Insatsguiden' });
    });

    it('gives the same card uuids for the same catalogue version', async () => {
      const again = await request(t.app)
        .post(SERVICE)
        .send(call({ hookInstance: '0c0b6a5e-8f0e-4c4e-9d7c-1f2e3d4c5b6a' }))
        .expect(200);
      expect(again.body.cards.map((c: Card) => c.uuid)).to.deep.equal(cards.map((c) => c.uuid));
    });
  });

  it('adds a card for central alternatives, linking each of them', async () => {
    // Honour-related violence has no district-run option in the catalogue: only city-wide ones.
    const profile = { age: 15, district: 'norrmalm', violence: ['honour-related'] };
    const rec = await request(t.app).post('/api/v1/recommendations').send(profile).expect(200);
    const ids = (rec.body.centralAlternatives as { id: string; fillsLocalGap: boolean }[])
      .filter((c) => c.fillsLocalGap)
      .map((c) => c.id);
    expect(ids.length).to.be.greaterThan(0);
    const res = await request(t.app)
      .post(SERVICE)
      .send(call({ context: { profile } }))
      .expect(200);
    const card = res.body.cards.at(-1) as Card;
    expect(card.summary).to.match(/^Centrala alternativ: /);
    expect([...card.summary].length).to.be.lessThan(140);
    expect(card.links.map((l) => l.url.replace(/^.*\/insats\//, ''))).to.deep.equal(ids);
    expect(card.detail.match(/^- /gm)).to.have.length(ids.length);
  });

  describe('rejects malformed calls with a problem naming the field', () => {
    const cases: [string, unknown, string][] = [
      ['a different hook', call({ hook: 'patient-view' }), 'hook'],
      ['a hookInstance that is not a UUID', call({ hookInstance: 'abc' }), 'hookInstance'],
      [
        'a missing context',
        { hook: HOOK, hookInstance: 'd1577c69-dfbe-44ad-ba6d-3e05e953b2ea' },
        'context',
      ],
      ['a context without a profile', call({ context: {} }), 'context.profile'],
      [
        'identifying data next to the profile',
        call({ context: { profile: PROFILE, patientId: '123' } }),
        'context.patientId',
      ],
      ['an unknown top-level field', call({ patient: 'x' }), 'patient'],
      ['a body that is not an object', [call()], '(body)'],
      [
        'a profile with personnummer',
        call({ context: { profile: { age: 10, personnummer: '201501011234' } } }),
        'context.profile.personnummer',
      ],
      [
        'a profile with an age out of range',
        call({ context: { profile: { age: 30 } } }),
        'context.profile.age',
      ],
    ];
    for (const [name, body, field] of cases) {
      it(name, async () => {
        const res = await request(t.app)
          .post(SERVICE)
          .send(body as object)
          .expect(400)
          .expect('Content-Type', /application\/problem\+json/);
        expect(res.body.errors.map((e: { field: string }) => e.field)).to.include(field);
        expect(res.body.detail).to.include(field);
      });
    }
  });

  it('answers 404 for an unknown service id', async () => {
    const res = await request(t.app)
      .post('/cds-services/some-other-service')
      .send(call())
      .expect(404);
    expect(res.body.status).to.equal(404);
  });

  it('answers 415 for a body that is not JSON', async () => {
    await request(t.app).post(SERVICE).set('Content-Type', 'text/plain').send('hello').expect(415);
  });
});

describe('CDS card text helpers', () => {
  it('truncates summaries to under 140 code points without splitting a character', () => {
    const long = 'Å'.repeat(100) + '😀'.repeat(100);
    const s = truncate(long);
    expect([...s].length).to.be.lessThan(140);
    expect(s.endsWith('…')).to.equal(true);
    expect(s).not.to.match(
      /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
    );
    expect(truncate('Kort')).to.equal('Kort');
  });

  it('escapes Markdown in catalogue text and keeps it on one line', () => {
    expect(md('a *b* [c](http://x) <img> _d_\n# e')).to.equal(
      'a \\*b\\* \\[c\\](http://x) \\<img\\> \\_d\\_ # e',
    );
    expect(md('1. första')).to.equal('1\\. första');
    expect(md('- punkt')).to.equal('\\- punkt');
    expect(md('# rubrik')).to.equal('\\# rubrik');
  });
});
