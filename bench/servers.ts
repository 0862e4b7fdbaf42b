// Child process for the HTTP benchmark: the real app and bare Express 5 endpoints that parse the
// same JSON and answer with the same bytes, on ephemeral ports. Prints their ports as JSON.
import express from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
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

// The "limit": express.json in, and res.json() of the very answer the real service gives for that
// profile (precomputed, as the plain object its JSON parses to), so both endpoints parse the same
// JSON and send the same bytes.
const answers = new Map<string, object>();
const answerBytes = new Map<string, string>();
for (const p of BENCH_PROFILES) {
  const json = JSON.stringify(await recommend(store.current(), p));
  answers.set(JSON.stringify(p), JSON.parse(json));
  answerBytes.set(JSON.stringify(p), json);
}
const sample = answerBytes.values().next().value!;
const bareApp = express();
bareApp.use(express.json({ limit: '32kb' }));
bareApp.post('/api/v1/recommendations', (req, res) => {
  res.json(answers.get(JSON.stringify(req.body)) ?? {});
});
// A stricter yardstick: the same, but sending the precomputed bytes (no serialisation at all).
const bareBytesApp = express();
bareBytesApp.use(express.json({ limit: '32kb' }));
bareBytesApp.post('/api/v1/recommendations', (req, res) => {
  res.type('application/json').send(answerBytes.get(JSON.stringify(req.body)) ?? '{}');
});
const bareBytes = bareBytesApp.listen(0, '127.0.0.1');
// A second yardstick: the same bare endpoint behind helmet and pino-http, the middleware every
// production endpoint here needs, so the ratio against it isolates the recommender's own cost.
const bareMwApp = express();
bareMwApp.use(pinoHttp({ logger }));
bareMwApp.use(helmet());
bareMwApp.use(express.json({ limit: '32kb' }));
bareMwApp.post('/api/v1/recommendations', (req, res) => {
  res.json(answers.get(JSON.stringify(req.body)) ?? {});
});
const bareMw = bareMwApp.listen(0, '127.0.0.1');

// Bench-only: lets the load generator read this process's memory.
bareApp.get('/__rss', (_req, res) => {
  res.json({ rss: process.memoryUsage().rss, heapUsed: process.memoryUsage().heapUsed });
});
const bare = bareApp.listen(0, '127.0.0.1');

await Promise.all(
  [real, bare, bareBytes, bareMw].map((s) => new Promise((r) => s.once('listening', r))),
);
const port = (s: typeof real) => (s.address() as { port: number }).port;
process.stdout.write(
  JSON.stringify({
    real: port(real),
    bare: port(bare),
    bareBytes: port(bareBytes),
    bareMw: port(bareMw),
    sampleBytes: sample.length,
  }) + '\n',
);
process.on('SIGTERM', () => process.exit(0));
process.on('SIGINT', () => process.exit(0));
