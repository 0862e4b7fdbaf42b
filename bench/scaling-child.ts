// One scale, in a fresh process (clean RSS): startup, memory and recommendation latency.
import { buildVersion } from '../src/compile/catalogue-version.js';
import { recommend } from '../src/recommend/recommend.js';
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

async function latency(profiles: typeof BENCH_PROFILES, memo: boolean, n: number): Promise<number> {
  for (let i = 0; i < Math.min(n, 500); i++)
    await recommend(v, profiles[i % profiles.length]!, { memo });
  const t = performance.now();
  for (let i = 0; i < n; i++) await recommend(v, profiles[i % profiles.length]!, { memo });
  return (1000 * (performance.now() - t)) / n;
}
const random = randomProfiles([...v.districtById.keys()], 5000, 7);
const out = {
  interventions: v.interventions.length,
  rules: v.rules.rules.length,
  buckets: v.rules.buckets.length,
  startupMs,
  rssMB: rssAfter / 2 ** 20,
  heapMB: process.memoryUsage().heapUsed / 2 ** 20,
  rssGrowthMB: (rssAfter - rssBefore) / 2 ** 20,
  mixUs: await latency(BENCH_PROFILES, true, 3000),
  randomUs: await latency(random, true, 3000),
  coldUs: await latency(BENCH_PROFILES, false, 300),
};
process.stdout.write(JSON.stringify(out) + '\n');
