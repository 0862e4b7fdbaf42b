// Coverage for a catalogue version, computed once per version. Versions are immutable (stated lacks
// included: they are loaded, validated and hashed with the rest of the catalogue), so the result is
// memoised on the version object itself; a version no longer served is collected with its coverage.
import type { CatalogueVersion } from '../version/catalogue-version.js';
import { computeCoverage, type Coverage } from './coverage-model.js';

const memo = new WeakMap<CatalogueVersion, Coverage>();

export function coverageOf(v: CatalogueVersion): Coverage {
  let c = memo.get(v);
  if (!c) {
    c = computeCoverage(v, v.catalogue.statedLacks);
    memo.set(v, c);
  }
  return c;
}
