// GET /api/v1/coverage and /api/v1/coverage/:district — JSON and CSV, problems for bad input, and
// the JSON answers against the response schemas the OpenAPI document gives (strict: a wrong or
// extra field anywhere fails).
import { expect } from 'chai';
import request from 'supertest';
import { testApp, type TestApp } from './helpers/app.js';
import { needAreaIds } from '../src/catalogue/fact-types.js';
import { CSV_HEADER } from '../src/coverage/coverage-csv.js';
import { documentValidators } from './helpers/openapi-ajv.js';

const PROBLEM_RE = /^application\/problem\+json/;

/** A strict RFC 4180 reader (quoted fields, doubled quotes, CRLF records). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (ch === '"') {
        quoted = false;
        i++;
      } else {
        field += ch;
        i++;
      }
    } else if (ch === '"' && field === '') {
      quoted = true;
      i++;
    } else if (ch === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (ch === '"' || ch === '\n' || ch === '\r') {
      throw new Error(`bad CSV at offset ${i}`);
    } else {
      field += ch;
      i++;
    }
  }
  if (quoted || field !== '' || row.length) throw new Error('CSV does not end with CRLF');
  return rows;
}

/** supertest buffers text/csv as text; keep the BOM visible by reading the raw bytes. */
const rawText = (res: request.Response) =>
  Buffer.isBuffer(res.body) ? res.body.toString('utf8') : res.text;

function csvRequest(t: TestApp, url: string) {
  return request(t.app)
    .get(url)
    .buffer(true)
    .parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    });
}

describe('coverage API', () => {
  let t: TestApp;
  const needs = needAreaIds();
  before(async () => {
    t = await testApp();
  });

  it('GET /api/v1/coverage returns every district × need area as JSON', async () => {
    const res = await request(t.app)
      .get('/api/v1/coverage')
      .expect(200)
      .expect('Content-Type', /application\/json/);
    const v = t.store.current().version;
    expect(res.body.catalogueVersion).to.equal(v);
    expect(res.headers['x-catalogue-version']).to.equal(v);
    expect(res.body.needAreas.map((n: { id: string }) => n.id)).to.deep.equal(needs);
    expect(res.body.districts).to.have.length(14);
    for (const d of res.body.districts) {
      expect(d.district).to.have.keys('id', 'name', 'area');
      expect(d.cells.map((c: { needArea: string }) => c.needArea)).to.deep.equal(needs);
      expect(d.cells[0]).to.have.keys(
        'needArea',
        'local',
        'central',
        'otherDistricts',
        'unknownDistricts',
        'notInStockholm',
        'highEvidence',
        'gap',
        'hardGap',
        'staleOnly',
      );
    }
    expect(res.body.basutbud).to.include('separation');
    expect(res.body.statedLacks).to.have.length(22);
    expect(res.body.planning.map((p: { needArea: string }) => p.needArea)).to.include('neglect');
    // Same answer for ?format=json.
    const json = await request(t.app).get('/api/v1/coverage?format=json').expect(200);
    expect(json.body).to.deep.equal(res.body);
  });

  it('GET /api/v1/coverage/:district returns one district with the city-wide context', async () => {
    const res = await request(t.app).get('/api/v1/coverage/skarholmen').expect(200);
    expect(res.body.district).to.deep.equal({
      id: 'skarholmen',
      name: 'Skärholmen',
      area: 'outer',
    });
    expect(res.body.cells).to.have.length(needs.length);
    expect(res.body.gaps).to.be.an('array').that.includes('honour-related-violence');
    expect(res.body.hardGaps).to.be.an('array').that.includes('parental-substance-abuse');
    expect(res.body.hardGaps).not.to.include('honour-related-violence');
    expect(res.body.needAreas).to.have.length(needs.length);
    expect(res.body.statedLacks).to.have.length(22);
    expect(res.body.catalogueVersion).to.equal(t.store.current().version);
    const kibb = res.body.cells
      .find((c: { needArea: string }) => c.needArea === 'physical-abuse')
      .otherDistricts.find((o: { id: string }) => o.id === 'kibb');
    expect(kibb.districts).to.deep.equal([{ id: 'kungsholmen', name: 'Kungsholmen' }]);
  });

  it('?format=csv gives RFC 4180 CSV with a BOM: a header and 14 × need areas rows', async () => {
    const res = await csvRequest(t, '/api/v1/coverage?format=csv').expect(200);
    expect(res.headers['content-type']).to.equal('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).to.equal('attachment; filename="tackning.csv"');
    const text = rawText(res);
    expect(text.charCodeAt(0)).to.equal(0xfeff);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).to.deep.equal([...CSV_HEADER]);
    expect(rows.length - 1).to.equal(14 * needs.length);
    for (const r of rows) expect(r).to.have.length(CSV_HEADER.length);
    const col = (name: (typeof CSV_HEADER)[number]) => CSV_HEADER.indexOf(name);
    const norrmalmHonour = rows.find(
      (r) =>
        r[col('Stadsdel-id')] === 'norrmalm' &&
        r[col('Behovsområde-id')] === 'honour-related-violence',
    )!;
    expect(norrmalmHonour[col('Stadsdelsförvaltning')]).to.equal('Norrmalm');
    expect(norrmalmHonour[col('Behovsområde')]).to.equal('Hedersrelaterat våld och förtryck');
    expect(norrmalmHonour[col('Centrala/regionala insatser och ramavtal')]).to.equal(
      'Kruton (central); Origo (regional)',
    );
    expect(norrmalmHonour[col('Lucka')]).to.equal('ja');
    expect(norrmalmHonour[col('Hård lucka')]).to.equal('nej');
    expect(norrmalmHonour[col('Katalogversion')]).to.equal(t.store.current().version);
  });

  it('?format=csv for one district gives that district only', async () => {
    const res = await csvRequest(t, '/api/v1/coverage/kungsholmen?format=csv').expect(200);
    expect(res.headers['content-type']).to.equal('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).to.equal(
      'attachment; filename="tackning-kungsholmen.csv"',
    );
    const rows = parseCsv(rawText(res).slice(1));
    expect(rows).to.have.length(1 + needs.length);
    expect(new Set(rows.slice(1).map((r) => r[1]))).to.deep.equal(new Set(['kungsholmen']));
  });

  it('unknown district → 404 problem', async () => {
    const res = await request(t.app)
      .get('/api/v1/coverage/atlantis')
      .expect(404)
      .expect('Content-Type', PROBLEM_RE);
    expect(res.body).to.include({ status: 404, title: 'Not Found' });
    expect(res.body.detail).not.to.contain('atlantis'); // ids in paths are never echoed
    // Also with a CSV request: the district is checked first.
    await request(t.app).get('/api/v1/coverage/atlantis?format=csv').expect(404);
  });

  it('bad format → 400 problem naming the parameter and the allowed values', async () => {
    for (const url of [
      '/api/v1/coverage?format=xml',
      '/api/v1/coverage/bromma?format=CSV',
      '/api/v1/coverage?format=csv&format=json',
    ]) {
      const res = await request(t.app).get(url).expect(400).expect('Content-Type', PROBLEM_RE);
      expect(res.body.errors[0].field, url).to.equal('format');
    }
    const res = await request(t.app).get('/api/v1/coverage?format=xml').expect(400);
    expect(res.body.errors[0].allowed).to.equal('json, csv');
  });
});

/** Answer JSON, untyped as supertest parses it: the mutations below break it on purpose. */
type Json = request.Response['body'];

describe('coverage answers match the OpenAPI response schemas (schemas/api/coverage.schema.json)', () => {
  let t: TestApp;
  let all: Json;
  let one: Json;
  let validateAll: (x: unknown) => boolean;
  let validateOne: (x: unknown) => boolean;

  before(async () => {
    t = await testApp();
    const v = documentValidators((await request(t.app).get('/openapi.json').expect(200)).body);
    validateAll = v.response('/api/v1/coverage', 'get', '200')!;
    validateOne = v.response('/api/v1/coverage/{district}', 'get', '200')!;
    all = (await request(t.app).get('/api/v1/coverage').expect(200)).body;
    one = (await request(t.app).get('/api/v1/coverage/kungsholmen').expect(200)).body;
  });

  /** The errors ajv gives, short, for the assertion message. */
  const why = (f: (x: unknown) => boolean) =>
    JSON.stringify((f as { errors?: unknown[] }).errors?.slice(0, 3));

  it('the whole view and one district validate, and so does the model the CLI report reads', () => {
    expect(validateAll(all), why(validateAll)).to.equal(true);
    expect(validateOne(one), why(validateOne)).to.equal(true);
    // The model (npm run report:coverage renders it) is the answer, field for field.
    const model = JSON.parse(JSON.stringify(t.store.current().coverage));
    expect(model).to.deep.equal(all);
    // The answer exercises every kind of option the schema describes.
    const cells = all.districts.flatMap((d: Json) => d.cells);
    for (const k of ['local', 'central', 'otherDistricts', 'unknownDistricts', 'notInStockholm'])
      expect(
        cells.some((c: Json) => c[k].length > 0),
        k,
      ).to.equal(true);
    const named = all.statedLacks.flatMap((l: Json) => l.named).map((o: Json) => o.availability);
    expect(new Set(named)).to.have.property('size').that.is.greaterThan(1);
  });

  /** First cell option of a kind matching `pick`, as a path into the answer. */
  const firstOption = (body: Json, kind: string, pick: (o: Json) => boolean): Json => {
    for (const d of body.districts)
      for (const c of d.cells) for (const o of c[kind]) if (pick(o)) return o;
    throw new Error(`no ${kind} option`);
  };
  const isDistrict = (o: Json) => o.level === 'district';

  const mutations: [string, (b: Json) => void][] = [
    ['an extra top-level field', (b) => (b.generatedAt = '2026-11-30')],
    ['an extra field in a district row', (b) => (b.districts[0].population = 1)],
    ['an extra field in a cell', (b) => (b.districts[0].cells[0].note = 'x')],
    ['a cell without staleOnly', (b) => delete b.districts[0].cells[0].staleOnly],
    ['a cell with an unknown need area', (b) => (b.districts[0].cells[0].needArea = 'housing')],
    ['a cell whose gap is a string', (b) => (b.districts[0].cells[0].gap = 'ja')],
    ['an extra field in a local option', (b) => (firstOption(b, 'local', isDistrict).rank = 1)],
    [
      'a district-run option with a provider',
      (b) => (firstOption(b, 'local', isDistrict).provider = 'sdf'),
    ],
    [
      'a central option without its provider',
      (b) => delete firstOption(b, 'central', (o) => !isDistrict(o)).provider,
    ],
    [
      'an option with an unknown evidence level',
      (b) => (firstOption(b, 'central', () => true).evidenceLevel = 'strong'),
    ],
    [
      'an other-district option without its districts',
      (b) => delete firstOption(b, 'otherDistricts', () => true).districts,
    ],
    [
      'a district reference with an extra field',
      (b) => (firstOption(b, 'otherDistricts', () => true).districts[0].area = 'inner'),
    ],
    ['a need-area summary with an extra field', (b) => (b.needAreas[0].share = 0.5)],
    ['a need-area summary without gapIn', (b) => delete b.needAreas[0].gapIn],
    ['a stated lack without existsCentrally', (b) => delete b.statedLacks[0].existsCentrally],
    ['a stated lack with an extra field', (b) => (b.statedLacks[0].district = 'bromma')],
    [
      'a named option with an unknown availability',
      (b) => (b.statedLacks.find((l: Json) => l.named.length).named[0].availability = 'somewhere'),
    ],
    ['a planning entry without its label', (b) => delete b.planning[0].label],
    ['an evidence label with an extra field', (b) => (b.evidenceLevels[0].rank = 1)],
    ['a catalogue version that is not the hash', (b) => (b.catalogueVersion = 'v1')],
    ['no basutbud', (b) => delete b.basutbud],
  ];
  for (const [what, mutate] of mutations) {
    it(`rejects the whole view with ${what}`, () => {
      const b = structuredClone(all);
      mutate(b);
      expect(validateAll(b)).to.equal(false);
    });
  }

  it('rejects one district with an extra field, a full need-area summary or no cells', () => {
    expect(validateOne({ ...one, districts: [] })).to.equal(false);
    const summary = structuredClone(one);
    summary.needAreas[0] = all.needAreas[0];
    expect(validateOne(summary)).to.equal(false);
    const noCells = structuredClone(one);
    delete noCells.cells;
    expect(validateOne(noCells)).to.equal(false);
  });
});
