// One-off check for #15: answers of this tree are byte-identical to those of a base commit (952276a,
// where the redesign started). Every YAML recommendation case and N seeded random profiles go
// through both trees' own app (POST /api/v1/recommendations, lean, ?view=full and
// ?view=full&explain=true); the HTTP bodies are compared by SHA-256. Nothing is masked: the
// answer body carries no per-process field (loadedAt, request ids live in headers, not compared).
// Run: npm run bench:byte-identical [-- --base <ref> --profiles 5000 --seed 2026]
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { parse } from 'yaml';
import { projectRoot } from '../src/config/paths.js';
import { profileArb } from '../test/helpers/arbitraries.js';

const { values: args } = parseArgs({
  options: {
    base: { type: 'string', default: '952276a' },
    profiles: { type: 'string', default: '5000' },
    seed: { type: 'string', default: '2026' },
  },
});

const work = mkdtempSync(path.join(tmpdir(), 'byte-identical-'));
try {
  // The base tree: its committed files, with this tree's node_modules (the dependencies are the same).
  const base = path.join(work, 'base');
  mkdirSync(base);
  const tar = execFileSync('git', ['-C', projectRoot, 'archive', args.base!], {
    maxBuffer: 512 * 1024 * 1024,
  });
  execFileSync('tar', ['-x', '-C', base], { input: tar });
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(base, 'node_modules'));
  copyFileSync(
    path.join(projectRoot, 'bench/byte-identical-child.ts'),
    path.join(base, 'bench/byte-identical-child.ts'),
  );

  const caseDir = path.join(projectRoot, 'test/cases');
  const caseProfiles = readdirSync(caseDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((f) =>
      (
        parse(readFileSync(path.join(caseDir, f), 'utf8')) as { cases: { profile: unknown }[] }
      ).cases.map((c) => c.profile),
    );
  const districts = (
    parse(readFileSync(path.join(projectRoot, 'catalog/districts.yaml'), 'utf8')) as {
      districts: { id: string }[];
    }
  ).districts.map((d) => d.id);
  const random = fc.sample(profileArb(districts), {
    numRuns: Number(args.profiles),
    seed: Number(args.seed),
  });
  const profiles = [...caseProfiles, ...random];
  const profilesFile = path.join(work, 'profiles.json');
  writeFileSync(profilesFile, JSON.stringify(profiles));

  const run = (root: string, label: string) => {
    const out = path.join(work, `${label}.jsonl`);
    const t0 = performance.now();
    execFileSync(
      process.execPath,
      ['--import', 'tsx', path.join(root, 'bench/byte-identical-child.ts'), profilesFile, out],
      { cwd: root, stdio: 'inherit' },
    );
    console.log(`${label}: answered in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    return readFileSync(out, 'utf8').trim().split('\n');
  };
  const before = run(base, `base ${args.base}`);
  const after = run(projectRoot, 'this tree');

  let identical = 0;
  const different: string[] = [];
  for (let i = 0; i < Math.max(before.length, after.length); i++) {
    if (before[i] === after[i]) identical++;
    else different.push(`${before[i]?.slice(0, 200)}\n  ≠ ${after[i]?.slice(0, 200)}`);
  }
  const statuses = new Map<number, number>();
  for (const l of after) {
    const s = (JSON.parse(l) as { status: number }).status;
    statuses.set(s, (statuses.get(s) ?? 0) + 1);
  }
  console.log(
    `${caseProfiles.length} case profiles + ${random.length} random profiles (seed ${args.seed}) × 3 views = ${after.length} answers ` +
      `(status ${[...statuses].map(([s, n]) => `${s}: ${n}`).join(', ')})`,
  );
  console.log(`identical: ${identical}   different: ${different.length}`);
  for (const d of different.slice(0, 5)) console.log(d);
  process.exitCode = different.length ? 1 : 0;
} finally {
  rmSync(work, { recursive: true, force: true });
}
