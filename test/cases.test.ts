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
import { caseFailures, type Case } from '../src/impact/case-check.js';

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
          expect(caseFailures(v, c.expect, result)).to.deep.equal([]);
        });
      }
    });
  }
});
