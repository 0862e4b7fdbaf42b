// HTTP vs the limit, in one run: autocannon against POST /api/v1/recommendations (lean answers,
// request logging on, one process; a mix of 8 realistic profiles) and, alternating in the same
// run, against (a) a bare Express 5 endpoint that parses the same JSON and answers a fixed 2 kB
// JSON, and (b) a bare endpoint answering the very same lean answer bytes. The service runs twice:
// with the 8 profiles repeated (as a case system asks again from screen to screen: answers come from
// the per-version answer cache) and with 50,000 distinct random profiles (every answer a miss:
// recommender and serialisation on every request). Then `npm start` itself with WORKERS=2 against
// WORKERS=1. Reports throughput, p50/p99, answer sizes and the ratios.
// Run: npm run bench:http (BENCH_SECONDS, BENCH_ROUNDS, BENCH_CONNECTIONS).
import { machine, postLoad, startBenchServers, startService } from './load.js';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { projectRoot } from '../src/config/paths.js';
import { BENCH_PROFILES, randomProfiles } from './profiles.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);

const bodies = BENCH_PROFILES.map((p) => JSON.stringify(p));
const districts = (
  parse(readFileSync(`${projectRoot}/catalog/districts.yaml`, 'utf8')) as {
    districts: { id: string }[];
  }
).districts.map((d) => d.id);
const distinct = randomProfiles(districts, 50_000, 17).map((p) => JSON.stringify(p));
/** A target: its name, port, and the bodies it is sent in turn. */
type Target = readonly [string, number, string[]?];

async function run(port: number, duration: number, sent = bodies) {
  const result = await postLoad(port, sent, duration, connections);
  // Reported, not thrown: on a shared, overloaded machine a round can time out; the figures then say so.
  if (result.non2xx || result.errors)
    console.log(
      `  (port ${port}: non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts})`,
    );
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}
type Result = Awaited<ReturnType<typeof run>>;
const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Alternating rounds over the targets; prints each round and returns the means. */
async function compare(targets: Target[]): Promise<Result[]> {
  const results: Result[][] = targets.map(() => []);
  for (const [, port, sent] of targets) await run(port, 2, sent); // warm-up
  for (let r = 0; r < rounds; r++) {
    for (const [i, [, port, sent]] of targets.entries())
      results[i]!.push(await run(port, seconds, sent));
    console.log(
      `round ${r + 1}: ${results.map((x) => x.at(-1)!.rps.toFixed(0)).join(' / ')} req/s`,
    );
  }
  const mean = results.map((rs) => ({
    rps: avg(rs.map((x) => x.rps)),
    p50: avg(rs.map((x) => x.p50)),
    p99: avg(rs.map((x) => x.p99)),
  }));
  console.log('| endpoint | req/s | p50 | p99 |\n| --- | --- | --- | --- |');
  for (const [i, [name]] of targets.entries()) {
    const m = mean[i]!;
    console.log(
      `| ${name} | ${m.rps.toFixed(0)} | ${m.p50.toFixed(1)} ms | ${m.p99.toFixed(1)} ms |`,
    );
  }
  return mean;
}

console.log(`HTTP benchmark — ${machine()}`);
console.log(`${connections} connections, ${rounds} alternating rounds × ${seconds} s each`);
const servers = await startBenchServers();
const sizes = [...servers.answerSizes].sort((a, b) => a - b);
console.log(
  `answer sizes: lean answers ${sizes[0]}–${sizes.at(-1)} B (median ${sizes[Math.floor(sizes.length / 2)]} B) for the ${sizes.length} bench profiles; yardstick (a) answers ${servers.fixedBytes} B`,
);
const one = await compare([
  ['POST /api/v1/recommendations (lean, logging on, 1 process)', servers.real],
  ['(a) bare Express 5, fixed 2 kB JSON', servers.bare],
  ['(b) bare Express 5, the same lean bytes', servers.bareBytes],
  ['the service, 50,000 distinct profiles (no cache hits)', servers.real, distinct],
]);
const sample = await Promise.all(
  distinct.slice(0, 200).map(async (body) => {
    const res = await fetch(`http://127.0.0.1:${servers.real}/api/v1/recommendations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    return (await res.arrayBuffer()).byteLength;
  }),
);
sample.sort((a, b) => a - b);
console.log(
  `distinct profiles' lean answers (first 200): median ${sample[100]} B, p90 ${sample[180]} B`,
);
servers.child.kill('SIGTERM');
console.log(`ratio vs (a) ${(one[0]!.rps / one[1]!.rps).toFixed(2)} (target ≥ 0.85)`);
console.log(`ratio vs (b) ${(one[0]!.rps / one[2]!.rps).toFixed(2)}`);
console.log(`distinct profiles vs (a) ${(one[3]!.rps / one[1]!.rps).toFixed(2)}`);

console.log('\nnpm start (src/cli/serve.ts, logs to /dev/null) with WORKERS=2 vs WORKERS=1:');
const w1 = await startService(1);
const w2 = await startService(2);
const workers = await compare([
  ['WORKERS=1', w1.port],
  ['WORKERS=2', w2.port],
]);
w1.child.kill('SIGTERM');
w2.child.kill('SIGTERM');
console.log(`WORKERS=2 / WORKERS=1 ${(workers[1]!.rps / workers[0]!.rps).toFixed(2)}`);
