// npm run impact: the report says exactly what a catalogue edit changes, and nothing else.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'chai';
import { parseDocument } from 'yaml';
import { buildVersion, type CatalogueVersion } from '../src/version/catalogue-version.js';
import { projectRoot } from '../src/config/paths.js';
import { copyCatalogue, type CatalogueCopy } from './helpers/catalogue-copy.js';
import { compareAnswers } from '../src/impact/compare.js';
import { impact, readCaseFiles } from '../src/impact/impact.js';
import {
  generatePopulation,
  readPopulation,
  type PopulationShape,
} from '../src/impact/population.js';
import { runPopulation } from '../src/impact/run-population.js';
import { workingTreeSide } from '../src/impact/sides.js';
import type { Intervention } from '../src/catalogue/types.js';

const run = promisify(execFile);
const SIZE = 3000;

/** A private copy of the catalogue and rules to edit (its root folder), removed after the tests. */
const copies: CatalogueCopy[] = [];
function copyData(): string {
  const c = copyCatalogue();
  copies.push(c);
  return c.root;
}

/** Edit one intervention file through the YAML document, so comments and layout survive. */
function editIntervention(dir: string, id: string, path_: (string | number)[], value: unknown) {
  const f = path.join(dir, 'catalog', 'interventions', `${id}.yaml`);
  const doc = parseDocument(readFileSync(f, 'utf8'));
  doc.setIn(path_, value);
  writeFileSync(f, doc.toString());
}

const build = (dir: string) =>
  buildVersion({
    root: dir,
    catalogDir: path.join(dir, 'catalog'),
    rulesDir: path.join(dir, 'rules'),
  });

/** A district-run option with a hard upper age bound, no preconditions, offered somewhere. */
function plainDistrictOption(v: CatalogueVersion, ok: (i: Intervention) => boolean): Intervention {
  const i = v.interventions.find(
    (x) =>
      x.level === 'district' &&
      x.offeredIn.length > 0 &&
      !x.preconditions?.length &&
      x.ageRange.max !== null &&
      ok(x),
  );
  if (!i) throw new Error('the bundled catalogue has no such option');
  return i;
}

describe('impact report (npm run impact)', function () {
  this.timeout(120_000);
  let base: CatalogueVersion;
  let shape: PopulationShape;
  before(async () => {
    const d = copyData();
    base = await build(d);
    const pop = readPopulation(
      path.join(projectRoot, 'test', 'population.yaml'),
      base.catalogue.districts.map((x) => x.id),
    );
    expect(pop.problems).to.deep.equal([]);
    shape = pop.shape!;
  });
  after(() => copies.splice(0).forEach((c) => c.remove()));

  it('generates the same population for the same seed, and a different one for another', () => {
    const a = generatePopulation(shape, 500);
    expect(generatePopulation(shape, 500)).to.deep.equal(a);
    expect(generatePopulation({ ...shape, seed: shape.seed + 1 }, 500)).to.not.deep.equal(a);
    for (const m of a)
      expect(base.validateProfile(m.profile), JSON.stringify(m.profile)).to.equal(true);
  });

  it('reports no change for identical sides', async () => {
    const r = await impact(
      { label: 'a', version: base },
      { label: 'b', version: base },
      shape,
      [],
      SIZE,
    );
    expect(r.changedAnswers).to.equal(0);
    expect(r.interventions).to.deep.equal([]);
    expect(r.cells).to.deep.equal([]);
    expect(r.violations).to.deep.equal([]);
  });

  // Shown anywhere in the answer: the needs overview lists every fitting option, not only the top N.
  it('a lower upper age bound changes exactly the profiles of that age that were shown the option', async () => {
    const x = plainDistrictOption(base, (i) => i.ageRange.max! >= 10);
    const d = copyData();
    editIntervention(d, x.id, ['ageRange', 'max'], x.ageRange.max! - 1);
    const head = await build(d);
    const profiles = generatePopulation(shape, SIZE).map((m) => m.profile);
    const before = await runPopulation(base, profiles, shape.topN);
    const after = await runPopulation(head, profiles, shape.topN);
    const expected = profiles
      .map((p, k) => (p.age === x.ageRange.max && before[k]!.ranked.includes(x.id) ? k : -1))
      .filter((k) => k >= 0);
    expect(expected.length, 'the population must contain affected profiles').to.be.greaterThan(0);
    const pop = { district: profiles.map((p) => p.district!), band: profiles.map(() => 'alla') };
    const { changed, interventions } = compareAnswers(before, after, pop, shape.topN, (id) => id);
    expect(changed).to.deep.equal(expected);
    const lost = interventions.filter((i) => i.lost > 0);
    expect(lost.map((i) => i.id)).to.deep.equal([x.id]);
    const wasShownInTop = expected.filter((k) =>
      before[k]!.ranked.slice(0, shape.topN).includes(x.id),
    );
    expect(lost[0]!.lost).to.equal(wasShownInTop.length);
    for (const a of after) expect(a.violations).to.deep.equal([]);
  });

  it('a district added to offeredIn changes that district and its equity cells, nothing else', async () => {
    const x = plainDistrictOption(
      base,
      (i) => i.offeredIn.length < base.catalogue.districts.length,
    );
    const offered = new Set(x.offeredIn.map((o) => o.district));
    const added = base.catalogue.districts.find((dd) => !offered.has(dd.id))!.id;
    const d = copyData();
    editIntervention(d, x.id, ['offeredIn'], [...x.offeredIn, { district: added, note: 'test' }]);
    const head = await build(d);
    const r = await impact(
      { label: 'a', version: base },
      { label: 'b', version: head },
      shape,
      [],
      SIZE,
    );
    expect(r.changedAnswers).to.be.greaterThan(0);
    expect(r.cells.length).to.be.greaterThan(0);
    for (const c of r.cells) {
      expect(c.district).to.equal(added);
      expect(x.needAreas).to.include(c.needArea);
    }
    for (const i of r.interventions)
      for (const district of Object.keys(i.byDistrict)) expect(district).to.equal(added);
    expect(r.violations).to.deep.equal([]);
  });

  it('says which case files hold, and reads them with their schema', () => {
    const { files, problems } = readCaseFiles(path.join(projectRoot, 'test', 'cases'));
    expect(problems).to.deep.equal([]);
    expect(files.reduce((n, f) => n + f.cases.length, 0)).to.be.greaterThan(100);
  });

  it('an invalid side fails with file:line:col', async () => {
    const d = copyData();
    const f = path.join(d, 'catalog', 'interventions', 'bsft.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace('level: central', 'level: [central'));
    const side = await workingTreeSide({
      root: d,
      catalogDir: path.join(d, 'catalog'),
      rulesDir: path.join(d, 'rules'),
    });
    expect(side.version).to.equal(undefined);
    expect(side.problems[0]).to.include({
      code: 'YAML_SYNTAX',
      file: 'catalog/interventions/bsft.yaml',
    });
    expect(side.problems[0]!.line).to.be.greaterThan(1);
  });

  describe('the command', () => {
    let repo: string;
    const cli = (args: string[]) =>
      run(
        process.execPath,
        ['--import', 'tsx', path.join(projectRoot, 'src', 'cli', 'impact.ts'), ...args],
        {
          cwd: projectRoot,
          env: {
            ...process.env,
            CATALOG_DIR: path.join(repo, 'catalog'),
            RULES_DIR: path.join(repo, 'rules'),
          },
        },
      ).then(
        (r) => ({ code: 0, ...r }),
        (e: { code: number; stdout: string; stderr: string }) => e,
      );
    before(async () => {
      repo = copyData();
      const git = (...a: string[]) => run('git', ['-C', repo, ...a]);
      await git('init', '-q');
      await git('add', '-A');
      await git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', 'base');
    });

    it('exits 0 with --fail-on-change when nothing changed', async () => {
      const r = await cli(['--population', '200', '--fail-on-change']);
      expect(r.stderr).to.equal('');
      expect(r.code).to.equal(0);
      expect(r.stdout).to.include('**0 of');
    });

    it('exits 1 with --fail-on-change, and 0 without, when answers changed; JSON for tools', async () => {
      editIntervention(repo, 'bsft', ['evidence', 'level'], 'not-recommended');
      const r = await cli(['--population', '200', '--fail-on-change', '--format', 'json']);
      expect(r.code).to.equal(1);
      const report = JSON.parse(r.stdout);
      expect(report.changedAnswers).to.be.greaterThan(0);
      expect(
        report.interventions.find((i: { id: string }) => i.id === 'bsft').lost,
      ).to.be.greaterThan(0);
      expect((await cli(['--population', '200'])).code).to.equal(0);
    });

    it('exits 2 and points at file:line:col when the working tree is invalid', async () => {
      const f = path.join(repo, 'catalog', 'interventions', 'mst.yaml');
      writeFileSync(f, readFileSync(f, 'utf8') + '\nid: duplicate\n');
      const r = await cli(['--population', '50']);
      expect(r.code).to.equal(2);
      expect(r.stderr).to.match(
        /working tree: \S*catalog\/interventions\/mst\.yaml:\d+:\d+ DUPLICATE_KEY/,
      );
    });
  });
});
