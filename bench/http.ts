// HTTP vs the limit, in one run: autocannon against POST /api/v1/recommendations (a mix of 8
// realistic profiles) and, alternating in the same run, against a bare Express 5 endpoint that
// parses the same JSON and answers with the very same answer (precomputed; res.json serialises it).
// Two more yardsticks: the bare endpoint sending precomputed bytes (no serialisation at all), and
// the bare endpoint behind helmet and pino-http (the middleware every endpoint here needs).
// Reports throughput, p50/p99 and the ratios. Run: npm run bench:http (BENCH_SECONDS, BENCH_ROUNDS)
import { machine, postLoad, startBenchServers } from './load.js';
import { BENCH_PROFILES } from './profiles.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);

const servers = await startBenchServers();
const bodies = BENCH_PROFILES.map((p) => JSON.stringify(p));

async function run(port: number, duration: number) {
  const result = await postLoad(port, bodies, duration, connections);
  if (result.non2xx || result.errors) {
    throw new Error(`non-2xx ${result.non2xx}, errors ${result.errors}`);
  }
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

const targets = [
  ['POST /api/v1/recommendations', servers.real],
  ['bare Express 5 (same bytes)', servers.bare],
  ['bare, precomputed bytes', servers.bareBytes],
  ['bare + helmet + pino-http', servers.bareMw],
] as const;
type Result = Awaited<ReturnType<typeof run>>;
const results: Result[][] = targets.map(() => []);

console.log(`HTTP benchmark — ${machine()}`);
console.log(`${connections} connections, ${rounds} alternating rounds × ${seconds} s each`);
for (const [, port] of targets) await run(port, 2); // warm-up
for (let r = 0; r < rounds; r++) {
  for (const [i, [, port]] of targets.entries()) results[i]!.push(await run(port, seconds));
  console.log(`round ${r + 1}: ${results.map((x) => x.at(-1)!.rps.toFixed(0)).join(' / ')} req/s`);
}
const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const mean = results.map((rs) => ({
  rps: avg(rs.map((x) => x.rps)),
  p50: avg(rs.map((x) => x.p50)),
  p99: avg(rs.map((x) => x.p99)),
}));
for (const [i, [name]] of targets.entries()) {
  const m = mean[i]!;
  console.log(
    `${name.padEnd(30)} ${m.rps.toFixed(0).padStart(6)} req/s   p50 ${m.p50.toFixed(1)} ms   p99 ${m.p99.toFixed(1)} ms`,
  );
}
console.log(`ratio vs bare ${(mean[0]!.rps / mean[1]!.rps).toFixed(2)} (target ≥ 0.85)`);
console.log(`ratio vs bare sending precomputed bytes ${(mean[0]!.rps / mean[2]!.rps).toFixed(2)}`);
console.log(`ratio vs bare + helmet + pino-http ${(mean[0]!.rps / mean[3]!.rps).toFixed(2)}`);
servers.child.kill('SIGTERM');
