// Search latency in-process: every query of test/search-cases/*.yaml (and its form without å ä ö),
// sequentially on the real catalogue, as GET /api/v1/search runs it (limit 20, with the case's
// district). Reports p50/p99/max per query over many rounds, and the same for first sight: the
// remembered stems forgotten before each query. Target: p99 < 2 ms. Wall time includes the time
// the process waits for a core on a busy machine, so CPU time per query (process.cpuUsage, µs
// resolution) is reported too, with the load average.
// Run: npm run bench:search
import { readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { buildVersion } from '../src/version/catalogue-version.js';
import { defaultCatalogDir, defaultRulesDir, projectRoot } from '../src/config/paths.js';
import { clearStemMemo, fold } from '../src/search/analyse.js';

const ROUNDS = 200;

const dir = path.join(projectRoot, 'test', 'search-cases');
const queries: { q: string; district?: string }[] = [];
for (const f of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
  const { cases } = parse(readFileSync(path.join(dir, f), 'utf8')) as {
    cases: { query: string; district?: string }[];
  };
  for (const c of cases) {
    queries.push({ q: c.query, district: c.district });
    if (fold(c.query) !== c.query) queries.push({ q: fold(c.query), district: c.district });
  }
}

const v = await buildVersion({
  root: projectRoot,
  catalogDir: defaultCatalogDir,
  rulesDir: defaultRulesDir,
});
const load = os.loadavg()[0]!.toFixed(1);
console.log(
  `Insatsguiden search benchmark — ${new Date().toISOString().slice(0, 10)}, ${os.cpus()[0]?.model} (${os.cpus().length} cores), Node ${process.version}, load average ${load}`,
);
console.log(`${v.interventions.length} interventions; ${queries.length} queries from ${dir}`);

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
const ms = (x: number) => `${x.toFixed(3)} ms`;

function measure(label: string, rounds: number, before?: () => void): void {
  const times: number[] = [];
  const cpu: number[] = [];
  let hits = 0;
  for (let r = 0; r < rounds; r++) {
    for (const { q, district } of queries) {
      before?.();
      const c = process.cpuUsage();
      const t = performance.now();
      hits += v.search.search(q, { limit: 20, district }).length;
      times.push(performance.now() - t);
      const used = process.cpuUsage(c);
      cpu.push((used.user + used.system) / 1000);
    }
  }
  console.log(
    `${label.padEnd(28)} n=${String(times.length).padStart(6)}  wall p50 ${ms(pct(times, 50))} p99 ${ms(pct(times, 99))} max ${ms(Math.max(...times))}  cpu p50 ${ms(pct(cpu, 50))} p99 ${ms(pct(cpu, 99))}  (${(hits / rounds).toFixed(0)} hits/round)`,
  );
}

measure('warm-up', 20);
measure('steady state', ROUNDS);
measure('first sight (stems cleared)', 20, clearStemMemo);
