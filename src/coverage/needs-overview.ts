// The needs overview at the top of an answer: for each need the profile signals, what the child's
// district has locally, what central/regional options cover it, and what can only be bought or
// called off. It is the /tackning coverage model (the version's coverage) read for one district and narrowed to
// the options that fit the profile — one computation, not a second one. The cells are turned into
// intervention positions for every district when the version is built, so a request only tests
// membership.
import type { Intervention } from '../catalogue/types.js';
import { CITY_WIDE } from '../catalogue/availability.js';
import type { NeedArea } from '../catalogue/generated/intervention.js';
import type { NeedLine as GeneratedNeedLine } from '../catalogue/generated/api/recommendation.js';
import type { Coverage, OptionRef } from './coverage-model.js';

/**
 * One row of the answer's needsOverview, generated from schemas/api/recommendation.schema.json:
 * fitting options the district runs itself (local), central or regional ones every district can
 * grant directly (cityWide), ones run by other districts or called off the framework agreement
 * (elsewhere); gap none: a local option fits, local: only city-wide ones, hard: neither.
 */
export type NeedLine = GeneratedNeedLine;

export type NeedGap = NeedLine['gap'];

interface CellPositions {
  local: Int32Array;
  cityWide: Int32Array;
  elsewhere: Int32Array;
}

/** Per district id ('' for none), per need area: the cells as intervention positions. */
export type NeedCells = ReadonlyMap<string, ReadonlyMap<string, CellPositions>>;

/** The slice of a catalogue version the needs overview reads. */
export interface NeedsOverviewInput {
  interventions: readonly Intervention[];
  catalogue: { vocabulary: { needAreas: Record<string, { label: string }> } };
  needCells: NeedCells;
}

/** Every district's cells (and those for no district), built once when the version is built. */
export function buildNeedCells(
  interventions: readonly Intervention[],
  cov: Coverage,
): Map<string, Map<string, CellPositions>> {
  const position = new Map(interventions.map((i, x) => [i.id, x]));
  const pos = (os: readonly OptionRef[]) =>
    Int32Array.from(os.map((o) => position.get(o.id) ?? -1).filter((x) => x >= 0));
  const byDistrict = new Map<string, Map<string, CellPositions>>();
  for (const district of ['', ...cov.districts.map((d) => d.district.id)]) {
    // Without a district every district-run option is elsewhere: a row's local and other-district
    // options together are all of them, so any row serves.
    const row = cov.districts.find((d) => d.district.id === district) ?? cov.districts[0];
    const cells = new Map<string, CellPositions>();
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
  }
  return byDistrict;
}

/** The overview for the profile's needs; `fits(x)` says whether the option at position x fits. */
export function needsOverview(
  v: NeedsOverviewInput,
  district: string,
  needs: readonly NeedArea[],
  fits: (x: number) => boolean,
): NeedLine[] {
  const cells = v.needCells.get(district) ?? v.needCells.get('')!;
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
