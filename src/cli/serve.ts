// npm start — serve the bundled Stockholm catalogue on http://127.0.0.1:3000 (configurable by env).
// SIGHUP reloads the catalogue; SIGTERM/SIGINT stop accepting, let in-flight requests finish, exit 0.
// Signal handlers are installed before the catalogue loads (src/cli/signals.ts).
import { once } from 'node:events';
import cluster from 'node:cluster';
import { serviceLogger } from './logger.js';
import { runPrimary } from './cluster.js';
import { readConfig, ConfigError } from '../config/config.js';
import { projectRoot } from '../config/paths.js';
import { CatalogueStore } from '../version/catalogue-store.js';
import { createApp } from '../http/app.js';
import { CatalogueError, formatProblem } from '../catalogue/problem.js';
import { createHttpServer } from '../http/http-server.js';
import { ProcessSignals } from './signals.js';
import { gracefulShutdown } from './shutdown.js';

async function main(): Promise<void> {
  let config;
  try {
    config = readConfig(process.env);
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(2);
    }
    throw e;
  }
  const logger = serviceLogger(config.logLevel, config.logFlushMs);
  if (config.workers > 1 && cluster.isPrimary) {
    runPrimary(config.workers, logger);
    return;
  }
  const signals = new ProcessSignals(logger);
  logger.info('loading catalogue');
  let store: CatalogueStore;
  try {
    store = await CatalogueStore.open({
      root: projectRoot,
      catalogDir: config.catalogDir,
      rulesDir: config.rulesDir,
    });
  } catch (e) {
    if (e instanceof CatalogueError) {
      for (const p of e.problems) console.error(formatProblem(p));
      console.error(`Catalogue invalid (${e.problems.length} problem(s)); not starting.`);
      process.exit(1);
    }
    throw e;
  }
  const app = createApp({ store, config, logger });
  const server = createHttpServer(app, config.timeouts);
  const shutdown = gracefulShutdown(server, config.timeouts.shutdownDrainMs);
  server.listen(config.port, config.host);
  await once(server, 'listening');
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : config.port;
  logger.info(
    {
      url: `http://${config.host}:${port}`,
      catalogueVersion: store.current().version,
      ...(cluster.worker ? { worker: cluster.worker.id } : {}),
    },
    'Insatsguiden listening',
  );
  logger.flush(); // announce start at once, not after the log buffer's flush period

  signals.ready({
    reload: (reason) => {
      void store.reload().then((r) => {
        if (r.ok)
          logger.info(
            { version: r.version, previousVersion: r.previousVersion },
            `catalogue reloaded (${reason})`,
          );
        else
          logger.warn(
            { problems: r.problems.map(formatProblem) },
            `catalogue reload rejected (${reason}); previous version keeps serving`,
          );
      });
    },
    stop: (signal) => {
      if (shutdown.draining) return;
      logger.info(
        { signal, drainMs: config.timeouts.shutdownDrainMs },
        'shutting down: finishing in-flight requests',
      );
      logger.flush(); // lifecycle lines are written at once, not after the log buffer's period
      void shutdown.begin().then(() => {
        logger.info('stopped');
        process.exit(0);
      });
    },
  });
}

void main();
