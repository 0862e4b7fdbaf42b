// In-process throughput: recommendations per second on the real catalogue, one core, sequential.
// Run: npm run bench:in-process
import os from 'node:os';
import { buildVersion } from '../src/version/catalogue-version.js';
import { defaultCatalogDir, defaultRulesDir, projectRoot } from '../src/config/paths.js';
import { recommend } from '../src/recommend/recommend.js';
import { BENCH_PROFILES, randomProfiles } from './profiles.js';

async function rate(
  label: string,
  fn: (i: number) => Promise<unknown>,
  seconds = 3,
): Promise<number> {
  for (let i = 0; i < 2000; i++) await fn(i); // warm-up (JIT, engine pools)
  let n = 0;
  const start = process.hrtime.bigint();
  const end = start + BigInt(seconds * 1e9);
  while (process.hrtime.bigint() < end) {
    for (let k = 0; k < 100; k++) await fn(n++);
  }
  const secs = Number(process.hrtime.bigint() - start) / 1e9;
  const perSec = n / secs;
  console.log(
    `${label.padEnd(34)} ${perSec.toFixed(0).padStart(8)} /s   ${((1e6 * secs) / n).toFixed(1).padStart(7)} µs each`,
  );
  return perSec;
}

const t0 = performance.now();
const v = await buildVersion({
  root: projectRoot,
  catalogDir: defaultCatalogDir,
  rulesDir: defaultRulesDir,
});
console.log(
  `Insatsguiden in-process benchmark — ${new Date().toISOString().slice(0, 10)}, ${os.cpus()[0]?.model} (${os.cpus().length} cores), Node ${process.version}`,
);
console.log(
  `catalogue ${v.version}: ${v.interventions.length} interventions, ${v.rules.rules.length} rules in ${v.rules.buckets.length} buckets; startup ${(performance.now() - t0).toFixed(0)} ms`,
);
const P = BENCH_PROFILES;
await rate('recommend (mix of 8 profiles)', (i) => recommend(v, P[i % P.length]!));
await rate('recommend with explain=true', (i) => recommend(v, P[i % P.length]!, { explain: true }));
await rate('recommend, no-need profile', () => recommend(v, { age: 9 }));
const R = randomProfiles([...v.districtById.keys()], 20_000);
await rate('recommend, 20 000 random profiles', (i) => recommend(v, R[i % R.length]!));
await rate('recommend, mix, memo off (cold)', (i) =>
  recommend(v, P[i % P.length]!, { memo: false }),
);
