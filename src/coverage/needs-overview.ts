// The needs overview at the top of an answer: for each need the profile signals, what the child's
// district has locally, what central/regional options cover it, and what can only be bought or
// called off. It is the /tackning coverage model (coverageOf) read for one district and narrowed to
// the options that fit the profile — one computation, not a second one. The cells are turned into
// intervention positions once per version and district, so a request only tests membership.
import type { CatalogueVersion } from '../version/catalogue-version.js';
import { coverageOf } from './coverage-service.js';
import type { OptionRef } from './coverage-model.js';

export type NeedGap = 'none' | 'local' | 'hard';

export interface NeedLine {
  needArea: string;
  label: string;
  /** Fitting options the district runs itself. */
  local: string[];
  /** Fitting central or regional options (every district can grant them directly). */
  cityWide: string[];
  /** Fitting options run by other districts or called off the framework agreement. */
  elsewhere: string[];
  /** none: a local option fits; local: only city-wide ones; hard: neither. */
  gap: NeedGap;
}

interface CellPositions {
  local: Int32Array;
  cityWide: Int32Array;
  elsewhere: Int32Array;
}

const memo = new WeakMap<CatalogueVersion, Map<string, Map<string, CellPositions>>>();

const CITY_WIDE = new Set(['central', 'regional']);

function positionsOf(v: CatalogueVersion, district: string): Map<string, CellPositions> {
  let byDistrict = memo.get(v);
  if (!byDistrict) {
    byDistrict = new Map();
    memo.set(v, byDistrict);
  }
  let cells = byDistrict.get(district);
  if (cells) return cells;
  const position = new Map(v.interventions.map((i, x) => [i.id, x]));
  const pos = (os: readonly OptionRef[]) =>
    Int32Array.from(os.map((o) => position.get(o.id) ?? -1).filter((x) => x >= 0));
  const cov = coverageOf(v);
  // Without a district every district-run option is elsewhere: a row's local and other-district
  // options together are all of them, so any row serves.
  const row = cov.districts.find((d) => d.district.id === district) ?? cov.districts[0];
  cells = new Map();
  for (const c of row?.cells ?? []) {
    const runByDistricts: OptionRef[] = district
      ? c.otherDistricts
      : [...c.local, ...c.otherDistricts];
    cells.set(c.needArea, {
      local: pos(district ? c.local : []),
      cityWide: pos(c.central.filter((o) => CITY_WIDE.has(o.level))),
      elsewhere: pos([...c.central.filter((o) => !CITY_WIDE.has(o.level)), ...runByDistricts]),
    });
  }
  byDistrict.set(district, cells);
  return cells;
}

/** The overview for the profile's needs; `fits(x)` says whether the option at position x fits. */
export function needsOverview(
  v: CatalogueVersion,
  district: string,
  needs: readonly string[],
  fits: (x: number) => boolean,
): NeedLine[] {
  const cells = positionsOf(v, district);
  const ids = (xs: Int32Array | undefined) => {
    const out: string[] = [];
    if (xs)
      for (let k = 0; k < xs.length; k++) if (fits(xs[k]!)) out.push(v.interventions[xs[k]!]!.id);
    return out;
  };
  return needs.map((n) => {
    const c = cells.get(n);
    const local = ids(c?.local);
    const cityWide = ids(c?.cityWide);
    return {
      needArea: n,
      label: v.catalogue.vocabulary.needAreas[n]?.label ?? n,
      local,
      cityWide,
      elsewhere: ids(c?.elsewhere),
      gap: local.length ? 'none' : cityWide.length ? 'local' : 'hard',
    };
  });
}
