// One broken fixture per kind of catalogue error: `npm run validate` must point at the exact
// file:line:col with a message that says what is allowed — and report every problem at once.
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  existsSync,
  writeFileSync,
} from 'node:fs';
import { parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { loadFiles } from '../src/load/load-catalogue.js';
import { validateCatalogue } from '../src/validate/validate-catalogue.js';
import { formatProblem, sortProblems } from '../src/validate/problem.js';
import { defaultSeedsDir, projectRoot } from '../src/config/paths.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** A small valid catalogue: the real districts/providers/vocabulary/config plus two test records. */
function makeCatalogue(overlay?: string): string {
  const root = mkdtempSync(path.join(tmpdir(), 'insatsguiden-fixture-'));
  for (const f of [
    'districts.yaml',
    'providers.yaml',
    'vocabulary.yaml',
    'sources.yaml',
    'search-terms.yaml',
  ]) {
    cpSync(path.join(projectRoot, 'catalog', f), path.join(root, 'catalog', f));
  }
  // The real providers name real records in `services`; the fixture has only its test records.
  const providersFile = path.join(root, 'catalog', 'providers.yaml');
  const providers = parseDocument(readFileSync(providersFile, 'utf8'));
  for (const p of (providers.get('providers') as YAMLSeq<YAMLMap>).items) p.delete('services');
  writeFileSync(providersFile, providers.toString());
  for (const f of ['facts.yaml', 'ranking.yaml'])
    cpSync(path.join(projectRoot, 'rules', f), path.join(root, 'rules', f));
  cpSync(path.join(fixtures, 'catalog'), path.join(root, 'catalog'), { recursive: true });
  cpSync(path.join(fixtures, 'rules'), path.join(root, 'rules'), { recursive: true });
  if (overlay) {
    for (const part of ['catalog', 'rules']) {
      if (existsSync(path.join(overlay, part)))
        cpSync(path.join(overlay, part), path.join(root, part), { recursive: true });
    }
  }
  return root;
}

async function problemsOf(root: string): Promise<string[]> {
  const files = await loadFiles({
    root,
    catalogDir: path.join(root, 'catalog'),
    rulesDir: path.join(root, 'rules'),
  });
  // A fixed "today" keeps the review-window warning independent of when the tests run.
  const { problems, warnings } = validateCatalogue(files, {
    seedsDir: defaultSeedsDir,
    today: new Date('2026-11-30T00:00:00Z'),
  });
  return [
    ...sortProblems(warnings).map((w) => 'warning: ' + formatProblem(w)),
    ...sortProblems(problems).map(formatProblem),
  ];
}

describe('catalogue validation pinpoints every problem', () => {
  it('the fixture base catalogue is valid', async () => {
    const root = makeCatalogue();
    try {
      expect(await problemsOf(root)).to.deep.equal([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  const broken = path.join(fixtures, 'broken');
  for (const kind of readdirSync(broken).sort()) {
    it(`reports ${kind} at the exact position`, async () => {
      const dir = path.join(broken, kind);
      const expected = readFileSync(path.join(dir, 'expected.txt'), 'utf8').trim().split('\n');
      const root = makeCatalogue(dir);
      try {
        expect(await problemsOf(root)).to.deep.equal(expected);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    });
  }
});
