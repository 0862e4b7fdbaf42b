// Start the real server (src/cli/serve.ts) as a child process on an ephemeral port.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { projectRoot } from '../../src/config/paths.js';

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  output: string[];
  exited: Promise<number | null>;
}

export interface SpawnedServer extends Omit<ServerProcess, 'url'> {
  /** The URL once the server logs that it listens. */
  ready: Promise<string>;
}

export async function startServer(env: Record<string, string> = {}): Promise<ServerProcess> {
  const s = spawnServer(env);
  return { ...s, url: await s.ready };
}

/** Start the server without waiting for it to be ready (for signals during startup). */
export function spawnServer(env: Record<string, string> = {}): SpawnedServer {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/serve.ts'], {
    cwd: projectRoot,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      RATE_LIMIT: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  let url: string | undefined;
  const ready = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        output.push(line);
        const m = /"url":"(http:\/\/[^"]+)"/.exec(line);
        if (m && !url) {
          url = m[1]!;
          resolve(url);
        }
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => output.push(c.toString('utf8')));
    void exited.then((code) =>
      reject(new Error(`server exited early (${code}): ${output.join('\n')}`)),
    );
    setTimeout(
      () => reject(new Error(`server did not start: ${output.join('\n')}`)),
      15_000,
    ).unref();
  });
  ready.catch(() => undefined); // callers that never await readiness must not see an unhandled rejection
  return { child, ready, output, exited };
}
