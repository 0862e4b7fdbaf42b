// WORKERS=N: the primary forks N workers that serve one port (node:cluster shares the listening
// socket). SIGHUP to the primary reloads every worker; SIGTERM/SIGINT drain them all (each worker
// finishes its in-flight requests) and the primary exits 0 when the last has. A worker that dies
// otherwise is replaced.
import cluster, { type Worker } from 'node:cluster';
import type { Logger } from 'pino';

export function runPrimary(workers: number, logger: Logger): void {
  let stopping = false;
  const fork = (): Worker => cluster.fork();
  for (let i = 0; i < workers; i++) fork();

  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) {
        logger.info('all workers stopped');
        logger.flush();
        process.exit(0);
      }
      return;
    }
    logger.warn({ worker: worker.id, code, signal }, 'worker exited; starting another');
    fork();
  });

  const each = (signal: NodeJS.Signals) => {
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill(signal);
  };
  process.on('SIGHUP', () => {
    logger.info({ workers }, 'reloading every worker (SIGHUP)');
    each('SIGHUP');
  });
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, workers }, 'shutting down: draining every worker');
    each('SIGTERM');
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}
