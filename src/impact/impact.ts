// `npm run impact`: run two catalogue versions over the same population and say what changed.
// Microsimulation as rules-as-code does it for a reform, here for a catalogue edit.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { CatalogueVersion } from '../version/catalogue-version.js';
import { computeCoverage } from '../coverage/coverage-model.js';
import { recommend } from '../recommend/recommend.js';
import type { Profile } from '../recommend/profile.js';
import type { Problem } from '../catalogue/problem.js';
import { readCheckedFile } from '../validate/read-checked-file.js';
import { caseFailures, type Case } from './case-check.js';
import {
  compareAnswers,
  compareCoverage,
  type CellChange,
  type InterventionImpact,
} from './compare.js';
import { generatePopulation, readPopulation, type PopulationShape } from './population.js';
import { runPopulation } from './run-population.js';

export interface CaseFile {
  file: string;
  cases: Case[];
}

export interface CaseChange {
  file: string;
  name: string;
  /** What fails after the change (empty when the change fixed the case). */
  failures: string[];
  failedBefore: boolean;
}

export interface ImpactReport {
  base: { label: string; version: string };
  head: { label: string; version: string };
  population: { synthetic: number; cases: number; seed: number; topN: number };
  /** Profiles whose shown answer (order, availability, reasons, central alternatives) differs. */
  changedAnswers: number;
  interventions: InterventionImpact[];
  cells: CellChange[];
  /** Cases whose pass/fail differs between the sides, or that fail after the change. */
  cases: CaseChange[];
  /** Options shown after the change against their own age range or preconditions (must be none). */
  violations: { id: string; profiles: number }[];
  elapsedMs: number;
}

/** test/population.yaml and test/cases, checked together: what impact and review run over. */
export function readProfilesData(
  testDir: string,
  districtIds: readonly string[],
): { shape?: PopulationShape; cases: CaseFile[]; problems: Problem[] } {
  const pop = readPopulation(path.join(testDir, 'population.yaml'), districtIds);
  const cases = readCaseFiles(path.join(testDir, 'cases'));
  return { shape: pop.shape, cases: cases.files, problems: [...pop.problems, ...cases.problems] };
}

export function readCaseFiles(dir: string): { files: CaseFile[]; problems: Problem[] } {
  const files: CaseFile[] = [];
  const problems: Problem[] = [];
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.yaml'))
    .sort()) {
    const r = readCheckedFile<{ cases: Case[] }>(path.join(dir, f), 'cases');
    problems.push(...r.problems);
    if (r.data) files.push({ file: f, cases: r.data.cases });
  }
  return { files, problems };
}

async function failures(v: CatalogueVersion, c: Case): Promise<string[]> {
  // Every fitting option, as the case harness asks: tier 3 (location unknown) comes last.
  const r = await recommend(v, c.profile as Profile, {
    explain: true,
    limit: v.catalogue.ranking.maxLimit,
  });
  return caseFailures(v, c.expect, r);
}

export async function impact(
  base: { label: string; version: CatalogueVersion },
  head: { label: string; version: CatalogueVersion },
  shape: PopulationShape,
  caseFiles: CaseFile[],
  size = shape.size,
): Promise<ImpactReport> {
  const started = performance.now();
  const synthetic = generatePopulation(shape, size);
  const cases = caseFiles.flatMap((f) => f.cases.map((c) => ({ file: f.file, c })));
  const bandOf = (age: number) =>
    shape.ageBands.find((b) => age >= b.min && age <= b.max)?.id ?? `${age} år`;
  const profiles = [
    ...synthetic.map((m) => m.profile),
    ...cases.map((x) => x.c.profile as Profile),
  ];
  const pop = {
    district: profiles.map((p) => p.district ?? '(ingen)'),
    band: [...synthetic.map((m) => m.band), ...cases.map((x) => bandOf(x.c.profile.age as number))],
  };
  const before = await runPopulation(base.version, profiles, shape.topN);
  const after = await runPopulation(head.version, profiles, shape.topN);
  const nameOf = (id: string) =>
    (head.version.interventionById.get(id) ?? base.version.interventionById.get(id))?.name ?? id;
  const { changed, interventions } = compareAnswers(before, after, pop, shape.topN, nameOf);

  const caseChanges: CaseChange[] = [];
  for (const { file, c } of cases) {
    const now = await failures(head.version, c);
    const was = await failures(base.version, c);
    if (now.length || was.length)
      caseChanges.push({ file, name: c.name, failures: now, failedBefore: was.length > 0 });
  }
  const violated = new Map<string, number>();
  after.forEach((a, p) => {
    const old = new Set(before[p]!.violations);
    for (const id of a.violations) if (!old.has(id)) violated.set(id, (violated.get(id) ?? 0) + 1);
  });
  const coverage = (v: CatalogueVersion) => computeCoverage(v, v.catalogue.statedLacks);
  return {
    base: { label: base.label, version: base.version.hash },
    head: { label: head.label, version: head.version.hash },
    population: {
      synthetic: synthetic.length,
      cases: cases.length,
      seed: shape.seed,
      topN: shape.topN,
    },
    changedAnswers: changed.length,
    interventions,
    cells: compareCoverage(coverage(base.version), coverage(head.version)),
    cases: caseChanges,
    violations: [...violated].map(([id, profiles]) => ({ id, profiles })),
    elapsedMs: Math.round(performance.now() - started),
  };
}

/** Anything a reviewer must look at: for --fail-on-change. A case failing alike on both sides is not a change. */
export function hasChanges(r: ImpactReport): boolean {
  return (
    r.changedAnswers > 0 ||
    r.cells.length > 0 ||
    r.cases.some((c) => c.failures.length > 0 !== c.failedBefore) ||
    r.violations.length > 0
  );
}
