// Worker-thread entry: read, parse and validate a catalogue and build its search index, then hand
// the result to the main thread as plain data (see prepareCatalogue).
import { parentPort, workerData } from 'node:worker_threads';
import { prepareCatalogue } from './catalogue-version.js';
import type { CatalogueLocation } from '../load/load-catalogue.js';
import { CatalogueError } from '../catalogue/problem.js';

const { loc, seedsDir } = workerData as { loc: CatalogueLocation; seedsDir?: string };
try {
  parentPort!.postMessage({ ok: true, prepared: await prepareCatalogue(loc, { seedsDir }) });
} catch (e) {
  parentPort!.postMessage(
    e instanceof CatalogueError
      ? { ok: false, problems: e.problems }
      : { ok: false, error: String((e as Error)?.message ?? e) },
  );
}
