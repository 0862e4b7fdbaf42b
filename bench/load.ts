// Shared by the HTTP benchmarks: start bench/servers.ts in a child process and load an endpoint.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import os from 'node:os';
import autocannon from 'autocannon';
import { projectRoot } from '../src/config/paths.js';

export interface BenchServers {
  child: ChildProcess;
  real: number;
  bare: number;
  bareBytes: number;
  bareMw: number;
  sampleBytes: number;
}

export async function startBenchServers(): Promise<BenchServers> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/servers.ts'], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const ports = await new Promise<Omit<BenchServers, 'child'>>((resolve) =>
    createInterface({ input: child.stdout! }).once('line', (l) => resolve(JSON.parse(l))),
  );
  return { child, ...ports };
}

/** autocannon POSTing the given JSON bodies in turn to /api/v1/recommendations. */
export function postLoad(port: number, bodies: string[], duration: number, connections: number) {
  let i = 0;
  return autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration,
    requests: [
      {
        method: 'POST',
        path: '/api/v1/recommendations',
        headers: { 'content-type': 'application/json' },
        setupRequest: (req) => ({ ...req, body: bodies[i++ % bodies.length] }),
      },
    ],
  });
}

export function machine(): string {
  return `${new Date().toISOString().slice(0, 10)}, ${os.cpus()[0]?.model} (${os.cpus().length} cores), Node ${process.version}`;
}
