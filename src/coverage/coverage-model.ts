// The equity view (likställighet): for every district × need area, what exists locally, centrally,
// in other districts and not in Stockholm at all. Computed from the catalogue, never hand-kept.
// Pure: the same input gives the same, deterministically ordered output.
import type { Intervention, StatedLack } from '../catalogue/types.js';
import { availabilityOf, OPEN_TO_EVERY_DISTRICT } from '../catalogue/availability.js';
import { normalise, type CoverageInput, type VersionSlice } from './coverage-input.js';
import type * as CT from '../catalogue/generated/api/coverage.js';

export type { CoverageInput, StatedLack, VersionSlice };

// The answer's shapes are generated from schemas/api/coverage.schema.json (npm run gen:types): the
// schema is the contract GET /api/v1/coverage is checked against, so the model cannot drift from it.
// The names here are kept so imports stay stable.

/** One option in a coverage cell. `level` says whether it is central, regional or a framework
 * agreement; provider id and name only for options not run by a district. */
export type OptionRef = CT.OptionRef;

export type DistrictRef = CT.DistrictRef;

/** A district-run option elsewhere: which districts offer it (and so could sell it). */
export type OtherDistrictOption = CT.OtherDistrictOption;

/** One district × one need area: local, central, other districts, unknown, not in Stockholm. */
export type CoverageCell = CT.CoverageCell;

/** A district's row: its cells and the need areas without a local (gaps) or any (hardGaps) option. */
export type DistrictCoverage = CT.DistrictCoverage;

export type NeedAreaSummary = CT.NeedAreaSummary;

export type NamedOption = CT.NamedOption;

export type NamedAvailability = NamedOption['availability'];

export type StatedLackCoverage = CT.StatedLackCoverage;

/** Planning view: methods not offered in Stockholm ("finns inte i Stockholm") per need area. */
export type PlanningEntry = CT.PlanningEntry;

/** The whole equity view, as GET /api/v1/coverage answers it. */
export type Coverage = CT.CoverageResponse;

const collator = new Intl.Collator('sv', { sensitivity: 'base', numeric: true });
const byName = (a: { name: string; id: string }, b: { name: string; id: string }) =>
  collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function computeCoverage(
  input: VersionSlice | CoverageInput,
  statedLacks: readonly StatedLack[] = [],
): Coverage {
  const c = normalise(input);
  const high = new Set<string>(c.ranking.highEvidenceLevels);
  const providerName = new Map(c.providers.map((p) => [p.id, p.name]));
  const districts = [...c.districts].sort(byName);
  const districtRef = new Map(districts.map((d) => [d.id, { id: d.id, name: d.name }]));
  const interventions = [...c.interventions].sort(byName);
  const byId = new Map(interventions.map((i) => [i.id, i]));

  const ref = (i: Intervention): OptionRef => ({
    id: i.id,
    name: i.name,
    level: i.level,
    evidenceLevel: i.evidence.level,
    // Who runs it matters for city-wide options ("Framtid Stockholm"); for district-run ones it is
    // always the district itself, so it is left out to keep the response small.
    ...(i.level === 'district'
      ? {}
      : {
          provider: i.provider,
          ...(providerName.has(i.provider) ? { providerName: providerName.get(i.provider)! } : {}),
        }),
  });
  const districtsOf = (i: Intervention): DistrictRef[] =>
    i.offeredIn
      .filter((o) => o.status !== 'planned')
      .map((o) => districtRef.get(o.district))
      .filter((d): d is DistrictRef => !!d)
      .sort(byName);

  // Per need area, the options in each availability class that do not depend on the district.
  const perNeed = new Map(
    c.needAreas.map((n) => {
      const here = interventions.filter((i) => i.needAreas.includes(n));
      return [
        n,
        {
          here,
          central: here
            .filter((i) => i.offeredInStockholm && OPEN_TO_EVERY_DISTRICT.has(i.level))
            .map(ref),
          unknownDistricts: here.filter((i) => availabilityOf(i, undefined) === 'unknown').map(ref),
          notInStockholm: here.filter(notInStockholm).map(ref),
        },
      ];
    }),
  );

  const perDistrict: DistrictCoverage[] = districts.map((d) => {
    const cells = c.needAreas.map((n): CoverageCell => {
      const p = perNeed.get(n)!;
      const localI = p.here.filter((i) => availabilityOf(i, d.id) === 'local');
      const otherI = p.here.filter((i) => availabilityOf(i, d.id) === 'other-district');
      const centralHigh = p.here.some(
        (i) =>
          i.offeredInStockholm && OPEN_TO_EVERY_DISTRICT.has(i.level) && high.has(i.evidence.level),
      );
      const local = localI.map(ref);
      const gap = local.length === 0;
      return {
        needArea: n,
        local,
        central: p.central,
        otherDistricts: otherI.map((i) => ({ ...ref(i), districts: districtsOf(i) })),
        unknownDistricts: p.unknownDistricts,
        notInStockholm: p.notInStockholm,
        highEvidence: centralHigh || localI.some((i) => high.has(i.evidence.level)),
        gap,
        hardGap: gap && p.central.length === 0,
        staleOnly: !gap && localI.every((i) => c.staleAvailability.has(i.id)),
      };
    });
    return {
      district: { id: d.id, name: d.name, area: d.area },
      cells,
      gaps: cells.filter((x) => x.gap).map((x) => x.needArea),
      hardGaps: cells.filter((x) => x.hardGap).map((x) => x.needArea),
    };
  });

  const label = (n: string) => c.vocabulary.needAreas[n]?.label ?? n;
  const needAreas: NeedAreaSummary[] = c.needAreas.map((n) => ({
    id: n,
    label: label(n),
    districtsWithLocal: perDistrict.filter((dc) => !dc.gaps.includes(n)).length,
    gapIn: perDistrict.filter((dc) => dc.gaps.includes(n)).map((dc) => dc.district.id),
    hardGapIn: perDistrict.filter((dc) => dc.hardGaps.includes(n)).map((dc) => dc.district.id),
  }));

  const basutbud =
    perDistrict.length === 0 ? [] : needAreas.filter((s) => s.gapIn.length === 0).map((s) => s.id);

  const planning: PlanningEntry[] = c.needAreas
    .map((n) => ({ needArea: n, label: label(n), options: perNeed.get(n)!.notInStockholm }))
    .filter((e) => e.options.length > 0);

  const lacks = statedLacks.map((l): StatedLackCoverage => {
    const named = (l.interventions ?? [])
      .map((id) => byId.get(id))
      .filter((i): i is Intervention => !!i)
      .map((i): NamedOption => {
        const a = availabilityOf(i, undefined);
        const availability: NamedAvailability = notInStockholm(i)
          ? 'not-in-stockholm'
          : OPEN_TO_EVERY_DISTRICT.has(i.level)
            ? 'central'
            : a === 'unknown'
              ? 'unknown-district'
              : 'district';
        return {
          ...ref(i),
          availability,
          districts: availability === 'district' ? districtsOf(i) : [],
        };
      });
    const central = new Map<string, OptionRef>();
    for (const n of l.needAreas)
      for (const o of perNeed.get(n)?.central ?? []) central.set(o.id, o);
    for (const o of named)
      if (o.availability === 'central') central.set(o.id, ref(byId.get(o.id)!));
    const centralList = [...central.values()].sort(byName);
    return {
      ...l,
      interventions: l.interventions ?? [],
      central: centralList,
      named,
      existsCentrally: centralList.length > 0,
    };
  });

  return {
    catalogueVersion: c.version,
    highEvidenceLevels: [...c.ranking.highEvidenceLevels],
    evidenceLevels: Object.entries(c.vocabulary.evidenceLevels ?? {}).map(([id, l]) => ({
      id,
      label: l.label,
      high: high.has(id),
    })),
    needAreas,
    districts: perDistrict,
    basutbud,
    planning,
    statedLacks: lacks,
  };
}

/** Not offered in Stockholm, or only outside Stockholm (level `external`): planning only. */
function notInStockholm(i: Intervention): boolean {
  return !i.offeredInStockholm || i.level === 'external';
}

/** One district's coverage, or undefined when the id is unknown. */
export function districtCoverage(cov: Coverage, districtId: string): DistrictCoverage | undefined {
  return cov.districts.find((d) => d.district.id === districtId);
}
