// Build the real app in-process for supertest (no fixed ports), with logs captured in memory.
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { CatalogueStore } from '../../src/version/catalogue-store.js';
import { createApp } from '../../src/http/app.js';
import { readConfig, type Config } from '../../src/config/config.js';
import { projectRoot, defaultCatalogDir, defaultRulesDir } from '../../src/config/paths.js';

export interface TestApp {
  app: ReturnType<typeof createApp>;
  store: CatalogueStore;
  config: Config;
  /** Every log line written so far (JSON strings). */
  logs: string[];
}

let shared: Promise<CatalogueStore> | undefined;

/** The bundled catalogue, built once per test run (catalogue versions are immutable). */
export function sharedStore(): Promise<CatalogueStore> {
  shared ??= CatalogueStore.open({
    root: projectRoot,
    catalogDir: defaultCatalogDir,
    rulesDir: defaultRulesDir,
  });
  return shared;
}

export async function testApp(
  env: Record<string, string> = {},
  store?: CatalogueStore,
): Promise<TestApp> {
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      logs.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      cb();
    },
  });
  const config = readConfig({ RATE_LIMIT: '0', LOG_LEVEL: 'info', ...env });
  const s = store ?? (await sharedStore());
  const logger = pino({ level: config.logLevel }, sink);
  return { app: createApp({ store: s, config, logger }), store: s, config, logs };
}
