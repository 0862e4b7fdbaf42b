// Shared by the HTTP benchmarks: start bench/servers.ts in a child process and load an endpoint.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import os from 'node:os';
import net from 'node:net';
import { once } from 'node:events';
import autocannon from 'autocannon';
import { projectRoot } from '../src/config/paths.js';

export interface BenchServers {
  child: ChildProcess;
  real: number;
  bare: number;
  bareBytes: number;
  /** Size of yardstick (a)'s fixed answer. */
  fixedBytes: number;
  /** Sizes of the lean answers for the bench profiles. */
  answerSizes: number[];
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

/** `npm start` itself (src/cli/serve.ts) with WORKERS=n on a free port, logs (info) to /dev/null. */
export async function startService(
  workers: number,
): Promise<{ child: ChildProcess; port: number }> {
  const probe = net.createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const port = (probe.address() as net.AddressInfo).port;
  probe.close();
  await once(probe, 'close');
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/serve.ts'], {
    cwd: projectRoot,
    env: { ...process.env, PORT: String(port), WORKERS: String(workers), RATE_LIMIT: '0' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (;;) {
    const ok = await fetch(`http://127.0.0.1:${port}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  await new Promise((r) => setTimeout(r, 3000 * workers)); // let every worker come up
  return { child, port };
}

export function machine(): string {
  return `${new Date().toISOString().slice(0, 10)}, ${os.cpus()[0]?.model} (${os.cpus().length} cores), Node ${process.version}`;
}
