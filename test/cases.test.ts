// Recommendation cases as data: every test/cases/*.yaml file holds cases a catalogue editor can add
// without writing code. One harness runs them all against the bundled catalogue.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { sharedStore } from './helpers/app.js';
import { readTestData } from './helpers/yaml-data.js';
import { recommend } from '../src/recommend/recommend.js';
import { checkProfile } from '../src/recommend/profile.js';

interface Case {
  name: string;
  profile: Record<string, unknown>;
  expect: {
    top?: number;
    include?: string[];
    exclude?: string[];
    before?: [string, string][];
    empty?: boolean;
    centralAlternativesInclude?: string[];
    availability?: Record<string, string>;
  };
}

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

describe('recommendation cases (test/cases/*.yaml)', () => {
  for (const file of files) {
    const { data, problems } = readTestData<{ cases: Case[] }>(path.join(dir, file), 'cases');
    describe(file, () => {
      it('is a valid case file (schemas/cases.schema.json)', () => {
        expect(problems, problems.join('\n')).to.deep.equal([]);
      });
      for (const c of data?.cases ?? []) {
        it(c.name, async () => {
          const v = (await sharedStore()).current();
          const { profile, problems } = checkProfile(v.validateProfile, c.profile);
          expect(problems, 'profile must be valid').to.deep.equal([]);
          // Every fitting option, not the default 25: tier 3 (location unknown) comes last.
          const result = await recommend(v, profile!, {
            explain: true,
            limit: v.catalogue.ranking.maxLimit,
          });
          const ids = result.recommendations.map((r) => r.id);
          const e = c.expect;
          const why = (id: string) =>
            JSON.stringify(
              result.excluded?.find((x) => x.id === id)?.why ?? 'not relevant to the needs',
            );
          if (e.empty) expect(ids, 'no recommendations expected').to.deep.equal([]);
          const window = e.top ? ids.slice(0, e.top) : ids;
          for (const id of e.include ?? []) {
            expect(v.interventionById.has(id), `unknown intervention id in case: ${id}`).to.equal(
              true,
            );
            expect(
              window,
              `${id} should be in ${e.top ? `the top ${e.top}` : 'the recommendations'} (why not: ${why(id)})`,
            ).to.include(id);
          }
          for (const id of e.exclude ?? []) {
            expect(v.interventionById.has(id), `unknown intervention id in case: ${id}`).to.equal(
              true,
            );
            expect(ids, `${id} must not be recommended`).not.to.include(id);
          }
          for (const [a, b] of e.before ?? []) {
            expect(ids, `${a} should be recommended`).to.include(a);
            if (ids.includes(b))
              expect(ids.indexOf(a), `${a} should rank before ${b}`).to.be.lessThan(ids.indexOf(b));
          }
          for (const id of e.centralAlternativesInclude ?? []) {
            const c = result.centralAlternatives.find((x) => x.id === id);
            expect(c, `${id} should be a central alternative`).to.not.equal(undefined);
            expect(c!.fillsLocalGap, `${id} should fill a local gap`).to.equal(true);
          }
          for (const [id, a] of Object.entries(e.availability ?? {})) {
            expect(
              result.recommendations.find((r) => r.id === id)?.availability,
              `availability of ${id}`,
            ).to.equal(a);
          }
          for (const r of result.recommendations)
            expect(r.reasons, `reasons of ${r.id}`).to.not.be.empty;
        });
      }
    });
  }
});
