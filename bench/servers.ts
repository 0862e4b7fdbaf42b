// Child process for the HTTP benchmark: the real app and a bare Express 5 endpoint that parses the
// same JSON and answers with a body of similar size, on two ephemeral ports. Prints {real, bare}.
import express from 'express';
import { pino } from 'pino';
import { CatalogueStore } from '../src/store/catalogue-store.js';
import { createApp } from '../src/http/app.js';
import { readConfig } from '../src/config/config.js';
import { defaultCatalogDir, defaultRulesDir, projectRoot } from '../src/config/paths.js';
import { recommend } from '../src/recommend/recommend.js';
import { BENCH_PROFILES } from './profiles.js';

const store = await CatalogueStore.open({
  root: projectRoot,
  catalogDir: defaultCatalogDir,
  rulesDir: defaultRulesDir,
});
const config = readConfig({ RATE_LIMIT: '0', LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info' });
// Logs go to /dev/null-like sink at the real level, so logging cost is part of the measurement.
const logger = pino(
  { level: config.logLevel },
  pino.destination({ dest: '/dev/null', sync: false }),
);
const real = createApp({ store, config, logger }).listen(0, '127.0.0.1');

// The "limit": express.json in, and res.json() of an object as large as a typical real answer out
// (serialising a response of that size is part of any endpoint that returns one).
const sampleObject = await recommend(store.current(), BENCH_PROFILES[0]!);
const sample = JSON.stringify(sampleObject);
const bareApp = express();
bareApp.use(express.json({ limit: '32kb' }));
bareApp.post('/api/v1/recommendations', (req, res) => {
  res.json(typeof req.body.age === 'number' ? sampleObject : {});
});
// Bench-only: lets the load generator read this process's memory.
bareApp.get('/__rss', (_req, res) => {
  res.json({ rss: process.memoryUsage().rss, heapUsed: process.memoryUsage().heapUsed });
});
const bare = bareApp.listen(0, '127.0.0.1');

await Promise.all([real, bare].map((s) => new Promise((r) => s.once('listening', r))));
const port = (s: typeof real) => (s.address() as { port: number }).port;
process.stdout.write(
  JSON.stringify({ real: port(real), bare: port(bare), sampleBytes: sample.length }) + '\n',
);
process.on('SIGTERM', () => process.exit(0));
