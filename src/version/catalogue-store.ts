// Holds the catalogue version being served. A reload builds a whole new version off to the side
// and swaps the reference only when it is valid: a bad edit never takes the service down, and a
// request that already took `current()` finishes on the version it started with.
import { buildVersion, type CatalogueVersion } from './catalogue-version.js';
import type { CatalogueLocation } from '../load/load-catalogue.js';
import { buildVersionOffThread } from './build-off-thread.js';
import { CatalogueError, type Problem } from '../catalogue/problem.js';

export type ReloadResult =
  | { ok: true; version: string; previousVersion: string }
  | { ok: false; version: string; problems: Problem[] };

export class CatalogueStore {
  private reloading: Promise<ReloadResult> | undefined;

  private constructor(
    private version: CatalogueVersion,
    private readonly loc: CatalogueLocation,
  ) {}

  static async open(loc: CatalogueLocation): Promise<CatalogueStore> {
    return new CatalogueStore(await buildVersion(loc), loc);
  }

  current(): CatalogueVersion {
    return this.version;
  }

  /** Reloads are serialised: a second request while one runs waits for it and then runs its own. */
  async reload(): Promise<ReloadResult> {
    while (this.reloading) await this.reloading.catch(() => undefined);
    this.reloading = this.doReload();
    try {
      return await this.reloading;
    } finally {
      this.reloading = undefined;
    }
  }

  private async doReload(): Promise<ReloadResult> {
    const previous = this.version;
    try {
      const next = await buildVersionOffThread(this.loc, { previous });
      this.version = next;
      return { ok: true, version: next.version, previousVersion: previous.version };
    } catch (e) {
      if (e instanceof CatalogueError)
        return { ok: false, version: previous.version, problems: e.problems };
      return {
        ok: false,
        version: previous.version,
        problems: [
          {
            code: 'RELOAD_FAILED',
            file: this.loc.catalogDir,
            line: 1,
            col: 1,
            message: String((e as Error).message),
          },
        ],
      };
    }
  }
}
