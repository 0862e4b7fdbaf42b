// Fidelity checks as data (test/fidelity/*.yaml): facts written from the seeds, each naming the
// seed section it checks, asserted against the loaded catalogue.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { defaultSeedsDir } from '../src/config/paths.js';
import { sharedStore } from './helpers/app.js';
import { readTestData } from './helpers/yaml-data.js';
import { loadSourceDocs } from '../src/validate/validate-sources.js';
import { checkQuote, quotesOf, sectionStarts } from '../src/validate/source-sections.js';

interface Check {
  name: string;
  intervention: string;
  source: { document: string; section: string; quote?: string | string[] };
  expect: Record<string, unknown>;
}

const SPECIAL = new Set([
  'offeredInIncludes',
  'offeredInExcludes',
  'plannedInIncludes',
  'needAreasInclude',
  'aliasesInclude',
  'evidenceLevel',
]);
const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fidelity');
const seedsDir = defaultSeedsDir;

/** Objects match on the keys the check lists; arrays and scalars must be equal. */
function subset(actual: unknown, expected: unknown, where: string): void {
  if (expected && typeof expected === 'object' && !Array.isArray(expected)) {
    expect(actual, where).to.be.an('object');
    for (const [k, v] of Object.entries(expected))
      subset((actual as Record<string, unknown>)[k], v, `${where}.${k}`);
  } else expect(actual, where).to.deep.equal(expected);
}

describe('catalogue fidelity to the seeds (test/fidelity/*.yaml)', () => {
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const { data, problems } = readTestData<{ checks: Check[] }>(path.join(dir, file), 'fidelity');
    const checks = data?.checks ?? [];
    describe(file, () => {
      it('is a valid fidelity file (schemas/fidelity.schema.json)', () => {
        expect(problems, problems.join('\n')).to.deep.equal([]);
      });
      for (const c of checks) {
        it(`${c.name} [${c.source.document.slice(0, 3)} · ${c.source.section}]`, async () => {
          const v = (await sharedStore()).current();
          const r = v.interventionById.get(c.intervention);
          expect(r, `intervention ${c.intervention}`).to.exist;
          const rec = r as unknown as Record<string, unknown>;
          // Planned (status: planned) is not offered: it counts only for plannedInIncludes.
          const districts = r!.offeredIn
            .filter((o) => o.status !== 'planned')
            .map((o) => o.district);
          const planned = r!.offeredIn.filter((o) => o.status === 'planned').map((o) => o.district);
          for (const [key, val] of Object.entries(c.expect)) {
            if (!SPECIAL.has(key)) subset(rec[key], val, key);
          }
          const e = c.expect as Record<string, string[] | string | undefined>;
          for (const d of (e.offeredInIncludes as string[]) ?? [])
            expect(districts, 'offeredIn').to.include(d);
          for (const d of (e.offeredInExcludes as string[]) ?? [])
            expect(districts, 'offeredIn').not.to.include(d);
          for (const d of (e.plannedInIncludes as string[]) ?? [])
            expect(planned, 'offeredIn (planned)').to.include(d);
          for (const n of (e.needAreasInclude as string[]) ?? [])
            expect(r!.needAreas).to.include(n);
          for (const a of (e.aliasesInclude as string[]) ?? []) expect(r!.aliases).to.include(a);
          if (e.evidenceLevel) expect(r!.evidence.level).to.equal(e.evidenceLevel);
        });
      }
      it('every check names a source section that exists, and its quotes are in it', async () => {
        const v = (await sharedStore()).current();
        const docs = loadSourceDocs(seedsDir, v.catalogue.seedDocuments);
        for (const c of checks) {
          const doc = docs.get(c.source.document);
          expect(doc, c.source.document).to.exist;
          expect(
            sectionStarts(doc!, c.source.section).length,
            `${c.source.document} has a section "${c.source.section}"`,
          ).to.be.greaterThan(0);
          for (const q of quotesOf(c.source))
            expect(checkQuote(doc!, c.source.section, q), `"${q}" in ${c.source.section}`).to.equal(
              'found',
            );
        }
      });
    });
  }
});
