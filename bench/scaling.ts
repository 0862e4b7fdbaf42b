// Catalogue scaling: ×1, ×10 and ×100 the real size (same shape, fixed seed). For each: startup
// (load + validate + compile + index), memory and recommendation latency, each in its own process.
// Run: npm run bench:scaling
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../src/config/paths.js';
import { writeSyntheticCatalogue } from './synthetic.js';

const scales = (process.env.BENCH_SCALES ?? '1,10,100').split(',').map(Number);
console.log(
  `Scaling benchmark — ${new Date().toISOString().slice(0, 10)}, ${os.cpus()[0]?.model} (${os.cpus().length} cores), Node ${process.version}`,
);
console.log(
  'scale  interventions  rules  buckets  startup   RSS      latency: mix   random   first sight   cold (memo off)',
);
const rows: Record<
  number,
  { mixUs: number; randomUs: number; firstSightUs: number; coldUs: number }
> = {};
for (const k of scales) {
  const dir = mkdtempSync(path.join(tmpdir(), `insatsguiden-x${k}-`));
  try {
    writeSyntheticCatalogue(dir, k);
    const out = execFileSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', 'bench/scaling-child.ts', dir],
      { cwd: projectRoot, encoding: 'utf8', maxBuffer: 1 << 20 },
    );
    const r = JSON.parse(out.trim().split('\n').at(-1)!);
    rows[k] = r;
    console.log(
      `×${String(k).padEnd(5)} ${String(r.interventions).padStart(13)} ${String(r.rules).padStart(6)} ${String(r.buckets).padStart(8)} ${r.startupMs.toFixed(0).padStart(6)} ms ${r.rssMB.toFixed(0).padStart(5)} MB ${r.mixUs.toFixed(0).padStart(10)} µs ${r.randomUs.toFixed(0).padStart(6)} µs ${r.firstSightUs.toFixed(0).padStart(10)} µs ${r.coldUs.toFixed(0).padStart(12)} µs`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
if (rows[1] && rows[10]) {
  console.log(
    `×10 / ×1 latency (target ≤ 3 in the steady state): mix ${(rows[10].mixUs / rows[1].mixUs).toFixed(2)}, random ${(rows[10].randomUs / rows[1].randomUs).toFixed(2)}; first sight ${(rows[10].firstSightUs / rows[1].firstSightUs).toFixed(2)}, cold ${(rows[10].coldUs / rows[1].coldUs).toFixed(2)}`,
  );
}
