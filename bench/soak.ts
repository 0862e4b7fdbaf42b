// Soak: 60 s of load on POST /api/v1/recommendations with many distinct random profiles (so the
// memo caches fill up to their bound), reporting the server's RSS before and after. Target: < 10 %.
// "Before" is taken after a warm-up (SOAK_WARMUP_SECONDS, default 15) long enough for JIT, engine
// pools, the memos and the answer cache (ANSWER_CACHE_MB, bounded in bytes) to fill: what grows
// after that is what the soak is for. The answer cache's own share shows in arrayBuffers.
// Run: npm run bench:soak   (SOAK_SECONDS=60, SOAK_WARMUP_SECONDS=15, ANSWER_CACHE_MB)
import { projectRoot } from '../src/config/paths.js';
import { randomProfiles } from './profiles.js';
import { machine, postLoad, startBenchServers } from './load.js';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const seconds = Number(process.env.SOAK_SECONDS ?? 60);
const warmup = Number(process.env.SOAK_WARMUP_SECONDS ?? 15);
const servers = await startBenchServers();
const districts = (
  parse(readFileSync(`${projectRoot}/catalog/districts.yaml`, 'utf8')) as {
    districts: { id: string }[];
  }
).districts.map((d) => d.id);
const bodies = randomProfiles(districts, 50_000, 11).map((p) => JSON.stringify(p));
const memory = async () =>
  (await (await fetch(`http://127.0.0.1:${servers.bare}/__rss`)).json()) as NodeJS.MemoryUsage;
const mb = (n: number) => (n / 2 ** 20).toFixed(1);

const load = (duration: number) => postLoad(servers.real, bodies, duration, 16);

console.log(`Soak — ${machine()}; ${bodies.length} distinct profiles`);
await load(warmup);
const m0 = await memory();
const r = await load(seconds);
const m1 = await memory();
const [before, after] = [m0.rss / 2 ** 20, m1.rss / 2 ** 20];
console.log(
  `${seconds} s: ${r.requests.total} requests, ${r.requests.average.toFixed(0)} req/s, p99 ${r.latency.p99} ms, non-2xx ${r.non2xx}, errors ${r.errors}`,
);
console.log(
  `RSS before ${before.toFixed(1)} MB, after ${after.toFixed(1)} MB, growth ${(((after - before) / before) * 100).toFixed(1)} % (target < 10 %)`,
);
console.log(
  `after ${warmup} s warm-up: heap used ${mb(m0.heapUsed)} MB, array buffers ${mb(m0.arrayBuffers)} MB; at the end: ${mb(m1.heapUsed)} MB, ${mb(m1.arrayBuffers)} MB`,
);
servers.child.kill('SIGTERM');
