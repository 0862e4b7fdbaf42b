// Build a catalogue version without holding the thread that answers requests: the heavy part
// (reading, parsing, validating, indexing ≈ 90 % of a build) runs in a worker thread, the rest
// in short steps that yield to the event loop between them.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  assembleVersion,
  type CatalogueVersion,
  type PreparedCatalogue,
} from './catalogue-version.js';
import type { CatalogueLocation } from '../load/load-catalogue.js';
import { CatalogueError, type Problem } from '../catalogue/problem.js';

type WorkerAnswer =
  | { ok: true; prepared: PreparedCatalogue }
  | { ok: false; problems: Problem[] }
  | { ok: false; error: string };

// The worker is the compiled .js next to this file, or, when run through tsx (tests, npm run
// validate), the .ts source, loaded after registering tsx in the worker: tsx's --import hook
// is not applied to worker threads.
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER = new URL(`./reload-worker${FROM_SOURCE ? '.ts' : '.js'}`, import.meta.url);

function startWorker(workerData: unknown): Worker {
  if (!FROM_SOURCE) return new Worker(WORKER, { workerData });
  // The ESM build of tsx's API (its CommonJS build cannot register hooks from a worker).
  const cjs = createRequire(import.meta.url).resolve('tsx/esm/api');
  const tsx = pathToFileURL(cjs.replace(/\.cjs$/, '.mjs')).href;
  const code = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(WORKER.href)}); });`;
  return new Worker(code, { eval: true, workerData });
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

function prepareInWorker(loc: CatalogueLocation, seedsDir?: string): Promise<PreparedCatalogue> {
  return new Promise((resolve, reject) => {
    const worker = startWorker({ loc, seedsDir });
    worker.once('message', (m: WorkerAnswer) => {
      void worker.terminate();
      if (m.ok) resolve(m.prepared);
      else if ('problems' in m) reject(new CatalogueError(m.problems));
      else reject(new Error(m.error));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`catalogue worker exited (${code})`)));
  });
}

export async function buildVersionOffThread(
  loc: CatalogueLocation,
  opts: { seedsDir?: string; previous?: CatalogueVersion } = {},
): Promise<CatalogueVersion> {
  return assembleVersion(
    await prepareInWorker(loc, opts.seedsDir),
    yieldToEventLoop,
    opts.previous,
  );
}
