// HTTP vs the limit, in one run: autocannon against POST /api/v1/recommendations (a mix of 8
// realistic profiles) and, alternating in the same run, against a bare Express 5 endpoint that
// parses the same JSON and returns a body of similar size. Reports both, p50/p99 and the ratio.
// Run: npm run bench:http   (BENCH_SECONDS=10 BENCH_ROUNDS=3 by default)
import { machine, postLoad, startBenchServers } from './load.js';
import { BENCH_PROFILES } from './profiles.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);

const servers = await startBenchServers();

const bodies = BENCH_PROFILES.map((p) => JSON.stringify(p));
async function run(port: number, duration: number) {
  const result = await postLoad(port, bodies, duration, connections);
  if (result.non2xx || result.errors)
    throw new Error(`non-2xx ${result.non2xx}, errors ${result.errors}`);
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    bytes: result.throughput.average,
  };
}

console.log(`HTTP benchmark — ${machine()}`);
console.log(
  `${connections} connections, ${rounds} alternating rounds × ${seconds} s each; typical answer ${servers.sampleBytes} bytes`,
);
await run(servers.real, 2); // warm-up both
await run(servers.bare, 2);
const real: Awaited<ReturnType<typeof run>>[] = [];
const bare: Awaited<ReturnType<typeof run>>[] = [];
for (let r = 0; r < rounds; r++) {
  real.push(await run(servers.real, seconds));
  bare.push(await run(servers.bare, seconds));
  console.log(
    `round ${r + 1}: insatsguiden ${real.at(-1)!.rps.toFixed(0)} req/s, bare ${bare.at(-1)!.rps.toFixed(0)} req/s`,
  );
}
const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const summary = (name: string, rs: typeof real) =>
  `${name.padEnd(28)} ${avg(rs.map((x) => x.rps))
    .toFixed(0)
    .padStart(
      7,
    )} req/s   p50 ${avg(rs.map((x) => x.p50)).toFixed(1)} ms   p99 ${avg(rs.map((x) => x.p99)).toFixed(1)} ms`;
console.log(summary('POST /api/v1/recommendations', real));
console.log(summary('bare Express 5 (same JSON)', bare));
const ratio = avg(real.map((x) => x.rps)) / avg(bare.map((x) => x.rps));
console.log(`ratio ${ratio.toFixed(2)} (target ≥ 0.85)`);
servers.child.kill('SIGTERM');
