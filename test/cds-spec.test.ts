// The CDS Hooks answers against the CDS Hooks 2.0 specification's required fields and limits
// (cds-hooks.hl7.org/2.0: "Discovery", "Card Attributes", "Source", "Link", "Suggestion"), over the
// real answers for every profile in test/cases/*.yaml — not only the one example the OpenAPI test uses.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import request from 'supertest';
import { testApp, type TestApp } from './helpers/app.js';
import { readTestData } from './helpers/yaml-data.js';
import type { Case } from '../src/impact/case-check.js';

type Obj = Record<string, unknown>;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CARD_FIELDS = new Set([
  'uuid',
  'summary',
  'detail',
  'indicator',
  'source',
  'suggestions',
  'selectionBehavior',
  'overrideReasons',
  'links',
]);
const isString = (x: unknown): x is string => typeof x === 'string' && x.length > 0;
const isAbsoluteUrl = (x: unknown) => isString(x) && URL.canParse(x) && /^https?:/.test(x);

/** What a card breaks of the specification, one line per rule; [] when it conforms. */
export function cardProblems(card: Obj): string[] {
  const p: string[] = [];
  for (const k of Object.keys(card)) if (!CARD_FIELDS.has(k)) p.push(`unknown card field ${k}`);
  if (card.uuid !== undefined && !(isString(card.uuid) && UUID.test(card.uuid)))
    p.push('uuid is not a UUID');
  if (!isString(card.summary)) p.push('summary is required');
  else if ([...card.summary].length >= 140) p.push('summary has 140 characters or more');
  if (card.detail !== undefined && typeof card.detail !== 'string') p.push('detail is not text');
  if (!['info', 'warning', 'critical'].includes(card.indicator as string))
    p.push('indicator is not info, warning or critical');
  const source = card.source as Obj | undefined;
  if (!source || typeof source !== 'object') p.push('source is required');
  else {
    if (!isString(source.label)) p.push('source.label is required');
    for (const k of ['url', 'icon'] as const)
      if (source[k] !== undefined && !isAbsoluteUrl(source[k]))
        p.push(`source.${k} is not absolute`);
  }
  for (const l of (card.links ?? []) as Obj[]) {
    if (!isString(l.label)) p.push('link.label is required');
    if (!isAbsoluteUrl(l.url)) p.push('link.url is required and absolute');
    if (!['absolute', 'smart'].includes(l.type as string))
      p.push('link.type is not absolute or smart');
    if (l.appContext !== undefined && l.type !== 'smart') p.push('link.appContext only for smart');
  }
  const suggestions = (card.suggestions ?? []) as Obj[];
  if (suggestions.length && !['at-most-one', 'any'].includes(card.selectionBehavior as string))
    p.push('selectionBehavior is required with suggestions');
  for (const s of suggestions) if (!isString(s.label)) p.push('suggestion.label is required');
  for (const r of (card.overrideReasons ?? []) as Obj[])
    if (!isString(r.display) || !isString(r.code) || !isString(r.system))
      p.push('overrideReason needs code, system and display');
  return p;
}

const casesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases');
const profiles: { name: string; profile: Obj }[] = readdirSync(casesDir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .flatMap((f) => {
    const { data } = readTestData<{ cases: Case[] }>(path.join(casesDir, f), 'cases');
    return (data?.cases ?? []).map((c) => ({ name: c.name, profile: c.profile as Obj }));
  });

describe('CDS Hooks 2.0: discovery and cards meet the specification', () => {
  let t: TestApp;
  before(async () => {
    t = await testApp({ PUBLIC_BASE_URL: 'https://insatsguiden.example' });
  });

  it('discovery: services[] with hook, id, description (required), title; no prefetch', async () => {
    const res = await request(t.app).get('/cds-services').expect(200);
    const services = res.body.services as Obj[];
    expect(services).to.be.an('array').that.is.not.empty;
    for (const s of services) {
      for (const k of ['hook', 'id', 'description', 'title'])
        expect(isString(s[k]), k).to.equal(true);
      // The id is the last path segment of the service URL.
      expect(s.id).to.match(/^[A-Za-z0-9._~-]+$/);
      // This service needs no patient data, so it asks the client to prefetch nothing.
      expect(s).not.to.have.property('prefetch');
      if (s.usageRequirements !== undefined) expect(isString(s.usageRequirements)).to.equal(true);
    }
  });

  it(`every card for the ${profiles.length} case profiles meets the card rules`, async () => {
    expect(profiles.length).to.be.greaterThan(50);
    const problems: string[] = [];
    let cards = 0;
    for (const [k, { name, profile }] of profiles.entries()) {
      const res = await request(t.app)
        .post('/cds-services/insatsguiden-recommendations')
        .send({
          hook: 'se.stockholm.insatsguiden.assessment',
          hookInstance: `00000000-0000-4000-8000-${String(k).padStart(12, '0')}`,
          context: { profile },
        })
        .expect(200);
      expect(Object.keys(res.body)).to.deep.equal(['cards']);
      for (const card of res.body.cards as Obj[]) {
        cards++;
        for (const p of cardProblems(card)) problems.push(`${name}: ${p}`);
      }
    }
    expect(cards).to.be.greaterThan(profiles.length);
    expect(problems.slice(0, 10)).to.deep.equal([]);
  });

  it('the card check is not vacuous: each broken rule is reported', () => {
    const ok = {
      uuid: '8c7cbd4e-5f0c-4b7a-9a57-9a3f3f0b1d21',
      summary: 'Kort',
      indicator: 'info',
      source: { label: 'Insatsguiden' },
      links: [{ label: 'Läs mer', url: 'https://insatsguiden.example/insats/x', type: 'absolute' }],
    };
    expect(cardProblems(ok)).to.deep.equal([]);
    const broken: Obj[] = [
      { ...ok, summary: 'x'.repeat(140) },
      { ...ok, summary: undefined },
      { ...ok, indicator: 'hard-stop' },
      { ...ok, source: {} },
      { ...ok, uuid: 'card-1' },
      { ...ok, links: [{ label: 'x', url: '/insats/x', type: 'absolute' }] },
      { ...ok, links: [{ label: 'x', url: 'https://x.example', type: 'relative' }] },
      { ...ok, suggestions: [{ label: 'x' }] },
      { ...ok, colour: 'red' },
    ];
    for (const b of broken)
      expect(cardProblems(b), JSON.stringify(b)).to.have.length.greaterThan(0);
  });
});
