// Search cases as data: test/search-cases/*.yaml say what a query must find, so an editor who adds
// a synonym adds a case without code. One harness runs them against the bundled catalogue; a query
// with å, ä or ö runs again without them (users often type that way) and must pass the same.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { sharedStore } from './helpers/app.js';
import { readTestData } from './helpers/yaml-data.js';
import { fold } from '../src/search/analyse.js';

interface SearchCase {
  name: string;
  query: string;
  district?: string;
  expect: {
    top?: number;
    include?: string[];
    exclude?: string[];
    first?: string;
    minHits?: number;
    empty?: boolean;
    availability?: Record<string, string>;
  };
}

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'search-cases');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

async function check(c: SearchCase, query: string): Promise<void> {
  const v = (await sharedStore()).current();
  if (c.district) expect(v.districtById.has(c.district), `district ${c.district}`).to.equal(true);
  const hits = v.search.search(query, { limit: 100, district: c.district });
  const ids = hits.map((h) => h.id);
  const e = c.expect;
  const known = (id: string) =>
    expect(v.interventionById.has(id), `unknown intervention id in case: ${id}`).to.equal(true);
  const shown = `hits: ${ids.slice(0, 10).join(', ')}`;
  if (e.empty) expect(ids, 'no hits expected').to.deep.equal([]);
  if (e.minHits) expect(ids.length, `at least ${e.minHits} hits`).to.be.at.least(e.minHits);
  if (e.first) {
    known(e.first);
    expect(ids[0], `best hit (${shown})`).to.equal(e.first);
  }
  const window = e.top ? ids.slice(0, e.top) : ids;
  for (const id of e.include ?? []) {
    known(id);
    expect(window, `${id} in ${e.top ? `the top ${e.top}` : 'the hits'} (${shown})`).to.include(id);
  }
  for (const id of e.exclude ?? []) {
    known(id);
    expect(ids, `${id} must not be a hit`).not.to.include(id);
  }
  for (const [id, a] of Object.entries(e.availability ?? {})) {
    known(id);
    expect(hits.find((h) => h.id === id)?.availability, `availability of ${id}`).to.equal(a);
  }
}

describe('search cases (test/search-cases/*.yaml)', () => {
  for (const file of files) {
    const { data, problems } = readTestData<{ cases: SearchCase[] }>(
      path.join(dir, file),
      'search-cases',
    );
    describe(file, () => {
      it('is a valid search case file (schemas/search-cases.schema.json)', () => {
        expect(problems, problems.join('\n')).to.deep.equal([]);
      });
      for (const c of data?.cases ?? []) {
        it(c.name, () => check(c, c.query));
        const folded = fold(c.query);
        if (folded !== c.query) it(`${c.name} (utan å, ä och ö)`, () => check(c, folded));
      }
    });
  }
});
