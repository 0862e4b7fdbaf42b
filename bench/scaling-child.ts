// One scale, in a fresh process (clean RSS): startup, memory and recommendation latency.
import { buildVersion } from '../src/version/catalogue-version.js';
import { recommend } from '../src/recommend/recommend.js';
import type { Profile } from '../src/recommend/profile.js';
import { BENCH_PROFILES, randomProfiles } from './profiles.js';

const [root] = process.argv.slice(2);
const rssBefore = process.memoryUsage().rss;
const t0 = performance.now();
const v = await buildVersion({
  root: root!,
  catalogDir: `${root}/catalog`,
  rulesDir: `${root}/rules`,
});
const startupMs = performance.now() - t0;
global.gc?.();
const rssAfter = process.memoryUsage().rss;

/** µs per answer over one pass through `profiles` (n calls, cycling). */
async function pass(profiles: Profile[], n: number, memo = true): Promise<number> {
  const t = performance.now();
  for (let i = 0; i < n; i++) await recommend(v, profiles[i % profiles.length]!, { memo });
  return (1000 * (performance.now() - t)) / n;
}
/** Median of 5 timed rounds after a warm-up round: the JIT and the memo settled (steady state). */
async function steady(profiles: Profile[], n: number, memo = true): Promise<number> {
  await pass(profiles, n, memo);
  const rounds: number[] = [];
  for (let r = 0; r < 5; r++) rounds.push(await pass(profiles, n, memo));
  return rounds.sort((a, b) => a - b)[2]!;
}

// First sight: 3,000 profiles never seen before, after 500 others (the JIT warm, the memo filling).
const fresh = randomProfiles([...v.districtById.keys()], 3500, 7);
await pass(fresh.slice(0, 500), 500);
const firstSightUs = await pass(fresh.slice(500), 3000);
const random = randomProfiles([...v.districtById.keys()], 3000, 8);
const out = {
  interventions: v.interventions.length,
  rules: v.rules.rules.length,
  buckets: v.rules.buckets.length,
  startupMs,
  rssMB: rssAfter / 2 ** 20,
  heapMB: process.memoryUsage().heapUsed / 2 ** 20,
  rssGrowthMB: (rssAfter - rssBefore) / 2 ** 20,
  firstSightUs,
  mixUs: await steady(BENCH_PROFILES, 8000),
  randomUs: await steady(random, 3000),
  coldUs: await steady(BENCH_PROFILES, 200, false),
};
process.stdout.write(JSON.stringify(out) + '\n');
