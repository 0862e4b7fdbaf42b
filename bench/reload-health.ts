// /health latency while the bundled catalogue is reloaded (issue 14: p99 < 50 ms during a
// reload). Two clients poll /health back to back over keep-alive while reloads run one after
// another through the admin API; latencies of polls that overlap a reload are reported apart from
// the baseline. Run: npm run bench:reload (BENCH_RELOADS, default 10).
import http from 'node:http';
import { machine } from './load.js';
import { percentile, startServeProcess } from './serve-process.js';

const reloads = Number(process.env.BENCH_RELOADS ?? 10);
const TOKEN = 'bench-admin-token-0123456789abcdef';
const s = await startServeProcess({ ADMIN_TOKEN: TOKEN, LOG_LEVEL: 'info' });
const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });

function request(method: string, path: string, headers: Record<string, string> = {}) {
  return new Promise<number>((resolve, reject) => {
    const req = http.request(`${s.url}${path}`, { method, agent, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode!));
    });
    req.on('error', reject);
    req.end();
  });
}

let reloading = false;
let stop = false;
const during: number[] = [];
const baseline: number[] = [];
async function poll() {
  while (!stop) {
    const overlapped = reloading;
    const t = performance.now();
    await request('GET', '/health');
    const ms = performance.now() - t;
    (overlapped || reloading ? during : baseline).push(ms);
  }
}

const pollers = [poll(), poll()];
await new Promise((r) => setTimeout(r, 2000)); // baseline and warm-up
const reloadMs: number[] = [];
for (let i = 0; i < reloads; i++) {
  reloading = true;
  const t = performance.now();
  const status = await request('POST', '/api/v1/admin/reload', {
    authorization: `Bearer ${TOKEN}`,
  });
  reloadMs.push(performance.now() - t);
  reloading = false;
  if (status !== 200) throw new Error(`reload answered ${status}`);
  await new Promise((r) => setTimeout(r, 300));
}
stop = true;
await Promise.all(pollers);
s.child.kill('SIGTERM');
await s.exited;

const fmt = (xs: number[]) => {
  const v = [...xs].sort((a, b) => a - b);
  return `n=${v.length} p50 ${percentile(v, 50).toFixed(1)} ms, p99 ${percentile(v, 99).toFixed(1)} ms, max ${v.at(-1)!.toFixed(1)} ms`;
};
console.log(`/health during reloads — ${machine()}`);
console.log(
  `${reloads} reloads of the bundled catalogue, ${fmt(reloadMs).replace('n=', 'reload time n=')}`,
);
console.log(`/health while reloading: ${fmt(during)}`);
console.log(`/health otherwise:       ${fmt(baseline)}`);
