// Start the real server (src/cli/serve.ts) as a child process for benchmarks that need a process
// of its own: signals, reloads, and latency seen by a client on another thread.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { projectRoot } from '../src/config/paths.js';

export interface BenchServer {
  child: ChildProcess;
  url: string;
  exited: Promise<number | null>;
}

export async function startServeProcess(env: Record<string, string> = {}): Promise<BenchServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/serve.ts'], {
    cwd: projectRoot,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', RATE_LIMIT: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (c: Buffer) => {
      const m = /"url":"(http:\/\/[^"]+)"/.exec(c.toString('utf8'));
      if (m) resolve(m[1]!);
    });
    void exited.then((code) => reject(new Error(`server exited (${code})`)));
  });
  child.stdout!.resume();
  return { child, url, exited };
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
