// A throw-away copy of the bundled catalogue and rules that a test may break and repair.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultCatalogDir, defaultRulesDir } from '../../src/config/paths.js';

export interface CatalogueCopy {
  root: string;
  catalogDir: string;
  rulesDir: string;
  remove(): void;
}

export function copyCatalogue(): CatalogueCopy {
  const root = mkdtempSync(path.join(tmpdir(), 'insatsguiden-copy-'));
  const catalogDir = path.join(root, 'catalog');
  const rulesDir = path.join(root, 'rules');
  cpSync(defaultCatalogDir, catalogDir, { recursive: true });
  cpSync(defaultRulesDir, rulesDir, { recursive: true });
  return {
    root,
    catalogDir,
    rulesDir,
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
