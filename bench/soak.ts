// Soak: 60 s of load on POST /api/v1/recommendations with many distinct random profiles (so the
// memo caches fill up to their bound), reporting the server's RSS before and after. Target: < 10 %.
// "Before" is taken after a 5 s warm-up, once JIT, engine pools and caches have been created.
// Run: npm run bench:soak   (SOAK_SECONDS=60)
import { projectRoot } from '../src/config/paths.js';
import { randomProfiles } from './profiles.js';
import { machine, postLoad, startBenchServers } from './load.js';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const seconds = Number(process.env.SOAK_SECONDS ?? 60);
const servers = await startBenchServers();
const districts = (
  parse(readFileSync(`${projectRoot}/catalog/districts.yaml`, 'utf8')) as {
    districts: { id: string }[];
  }
).districts.map((d) => d.id);
const bodies = randomProfiles(districts, 50_000, 11).map((p) => JSON.stringify(p));
const rss = async () =>
  ((await (await fetch(`http://127.0.0.1:${servers.bare}/__rss`)).json()) as { rss: number }).rss /
  2 ** 20;

const load = (duration: number) => postLoad(servers.real, bodies, duration, 16);

console.log(`Soak — ${machine()}; ${bodies.length} distinct profiles`);
await load(5);
const before = await rss();
const r = await load(seconds);
const after = await rss();
console.log(
  `${seconds} s: ${r.requests.total} requests, ${r.requests.average.toFixed(0)} req/s, p99 ${r.latency.p99} ms, non-2xx ${r.non2xx}, errors ${r.errors}`,
);
console.log(
  `RSS before ${before.toFixed(1)} MB, after ${after.toFixed(1)} MB, growth ${(((after - before) / before) * 100).toFixed(1)} % (target < 10 %)`,
);
servers.child.kill('SIGTERM');
