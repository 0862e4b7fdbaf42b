// GET /api/v1/coverage and /api/v1/coverage/:district — JSON and CSV, problems for bad input.
import { expect } from 'chai';
import request from 'supertest';
import { testApp, type TestApp } from './helpers/app.js';
import { needAreaIds } from '../src/catalogue/fact-types.js';
import { CSV_HEADER } from '../src/coverage/coverage-csv.js';

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
