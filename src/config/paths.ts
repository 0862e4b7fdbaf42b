// Locate the project root from this module, so the same code works from src/ (tsx) and dist/src/.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(start: string): string {
  let dir = start;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`package.json not found above ${start}`);
    dir = up;
  }
  return dir;
}

export const projectRoot = findRoot(path.dirname(fileURLToPath(import.meta.url)));
export const schemasDir = path.join(projectRoot, 'schemas');
export const defaultCatalogDir = path.join(projectRoot, 'catalog');
export const defaultRulesDir = path.join(projectRoot, 'rules');
// The source documents ship with the catalogue, so a clone in an empty folder can check its citations.
export const defaultSeedsDir = path.join(projectRoot, 'catalog', 'sources');
export const webDir = path.join(projectRoot, 'src', 'web');
