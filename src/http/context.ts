// What the HTTP layer needs from the outside; built once in createApp.
import type { Logger } from 'pino';
import type { Config } from '../config/config.js';
import type { CatalogueStore } from '../version/catalogue-store.js';
import type { Response } from 'express';
import type { CatalogueVersion } from '../version/catalogue-version.js';

export interface AppContext {
  store: CatalogueStore;
  config: Config;
  logger: Logger;
}

/** The catalogue version this request started on (set by middleware, never changes mid-request). */
export function versionOf(res: Response): CatalogueVersion {
  return res.locals.version as CatalogueVersion;
}
