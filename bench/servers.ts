// Child process for the HTTP benchmark: the real app and bare Express 5 endpoints that parse the
// same JSON (one answering a fixed 2 kB JSON, one the same lean answer bytes), on ephemeral ports.
// Prints their ports and the answer sizes as JSON.
import express from 'express';
import { pino } from 'pino';
import { CatalogueStore } from '../src/version/catalogue-store.js';
import { createApp } from '../src/http/app.js';
import { readConfig } from '../src/config/config.js';
import { defaultCatalogDir, defaultRulesDir, projectRoot } from '../src/config/paths.js';
import { recommend } from '../src/recommend/recommend.js';
import { recommendationJson } from '../src/http/serialize.js';
import { BENCH_PROFILES } from './profiles.js';

const store = await CatalogueStore.open({
  root: projectRoot,
  catalogDir: defaultCatalogDir,
  rulesDir: defaultRulesDir,
});
const config = readConfig({
  RATE_LIMIT: '0',
  LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
  ANSWER_CACHE_MB: process.env.ANSWER_CACHE_MB,
});
// Logs at the real level through the service's own asynchronous destination (as configured in
// src/cli/logger.ts), written to /dev/null: logging cost is part of the measurement.
const logger = pino(
  { level: config.logLevel },
  pino.destination({ dest: '/dev/null', sync: false, minLength: 4096, periodicFlush: 1000 }),
);
const real = createApp({ store, config, logger }).listen(0, '127.0.0.1');

// Yardstick (a), the issue's: bare Express 5, express.json in, res.json() of a fixed 2 kB object.
const fixed2k = {
  items: Array.from({ length: 20 }, (_, i) => ({
    id: `insats-${i}`,
    text: 'x'.repeat(80),
  })),
};
const bareApp = express();
bareApp.use(express.json({ limit: '32kb' }));
bareApp.post('/api/v1/recommendations', (_req, res) => {
  res.json(fixed2k);
});
// Yardstick (b): the same bare endpoint sending the very lean answer bytes the service gives for
// that profile (precomputed: no recommender, no serialisation).
const answerBytes = new Map<string, string>();
for (const p of BENCH_PROFILES)
  answerBytes.set(
    JSON.stringify(p),
    recommendationJson(store.current(), await recommend(store.current(), p), 'lean'),
  );
const sizes = [...answerBytes.values()].map((b) => Buffer.byteLength(b));
const bareBytesApp = express();
bareBytesApp.use(express.json({ limit: '32kb' }));
bareBytesApp.post('/api/v1/recommendations', (req, res) => {
  res.type('application/json').send(answerBytes.get(JSON.stringify(req.body)) ?? '{}');
});
const bareBytes = bareBytesApp.listen(0, '127.0.0.1');

// Bench-only: lets the load generator read this process's memory.
bareApp.get('/__rss', (_req, res) => {
  res.json(process.memoryUsage());
});
const bare = bareApp.listen(0, '127.0.0.1');

await Promise.all([real, bare, bareBytes].map((s) => new Promise((r) => s.once('listening', r))));
const port = (s: typeof real) => (s.address() as { port: number }).port;
process.stdout.write(
  JSON.stringify({
    real: port(real),
    bare: port(bare),
    bareBytes: port(bareBytes),
    fixedBytes: JSON.stringify(fixed2k).length,
    answerSizes: sizes,
  }) + '\n',
);
process.on('SIGTERM', () => process.exit(0));
process.on('SIGINT', () => process.exit(0));
