// Answer sizes of POST /api/v1/recommendations, lean (default) and ?view=full, over every profile
// of the recommendation cases in test/cases (a realistic mix written by editors), at the default
// limit. Target: median lean answer ≤ 8 kB.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { CatalogueStore } from '../src/version/catalogue-store.js';
import { projectRoot, defaultCatalogDir, defaultRulesDir } from '../src/config/paths.js';
import { recommend } from '../src/recommend/recommend.js';
import { recommendationJson } from '../src/http/serialize.js';
import type { Profile } from '../src/recommend/profile.js';

const casesDir = path.join(projectRoot, 'test', 'cases');
const profiles: Profile[] = readdirSync(casesDir)
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) =>
    (
      parse(readFileSync(path.join(casesDir, f), 'utf8')) as { cases: { profile: Profile }[] }
    ).cases.map((c) => c.profile),
  );

const v = (
  await CatalogueStore.open({
    root: projectRoot,
    catalogDir: defaultCatalogDir,
    rulesDir: defaultRulesDir,
  })
).current();

const q = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
};
const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;

async function answerSizes(): Promise<{ lean: number[]; full: number[]; count: number }> {
  const lean: number[] = [];
  const full: number[] = [];
  for (const p of profiles) {
    const r = await recommend(v, p);
    lean.push(Buffer.byteLength(recommendationJson(v, r, 'lean')));
    full.push(Buffer.byteLength(recommendationJson(v, r, 'full')));
  }
  return { lean, full, count: profiles.length };
}

const { lean, full, count } = await answerSizes();
console.log(
  `Answer sizes over ${count} case profiles (default limit ${v.catalogue.ranking.defaultLimit}):`,
);
console.log('| view | median | p90 | max |');
console.log('| --- | --- | --- | --- |');
for (const [name, xs] of [
  ['lean (default)', lean],
  ['full (?view=full)', full],
] as const)
  console.log(`| ${name} | ${kb(q(xs, 0.5))} | ${kb(q(xs, 0.9))} | ${kb(Math.max(...xs))} |`);
const median = q(lean, 0.5);
console.log(`median lean ${kb(median)}: target ≤ 8 kB ${median <= 8000 ? 'met' : 'NOT met'}`);
