// Step 5: score = need fit (rule weights) × evidence factor × availability factor; all numbers
// come from rules/ranking.yaml. Everything about an intervention that ranking needs is laid out
// once per catalogue version in flat arrays indexed by the intervention's position, so a request
// costs a few array reads per fitting option however large the catalogue grows.
import type { District, Intervention, RankingConfig } from '../domain/types.js';
import { AVAILABILITIES, availabilityOf } from '../recommend/availability.js';
import { isSoftAgeRange } from '../recommend/constraints.js';
import { accessNoteOf, accessTierTable } from './access.js';
import type { Wording } from '../catalogue/wording.js';

export const NOT_OFFERED = AVAILABILITIES.indexOf('not-offered');
export const LOCAL = AVAILABILITIES.indexOf('local');

export interface RankTable {
  /** Position → intervention (the version's id order, which compiled rule targets use too). */
  interventions: readonly Intervention[];
  evidenceFactor: Float64Array;
  /** Position in Swedish name order (then id): the final tie-break. */
  nameRank: Int32Array;
  /** Age range with unknown bounds open (±∞), for the age check every candidate needs. */
  ageMin: Float64Array;
  ageMax: Float64Array;
  /** 1 when only the age range can exclude it: offered in Stockholm and no preconditions. */
  plain: Uint8Array;
  /** 1 when the age range is soft (`strict: false`): outside it scores × softAgeFactor. */
  softAge: Uint8Array;
  softAgeFactor: number;
  alternativeToPlacement: Uint8Array;
  /** Availability code per intervention for a child in each district ('' = no district given). */
  availabilityIn: ReadonlyMap<string, Uint8Array>;
  /** Access tier per availability code (ranking.yaml `accessTiers`): ranked before the score. */
  accessTier: Uint8Array;
  /** Swedish access note per intervention for a child in each district ('' = none given). */
  accessNoteIn: ReadonlyMap<string, readonly string[]>;
  /** ranking.yaml's availability factor per availability code. */
  availabilityFactor: Float64Array;
  /** ranking.yaml's scalars, read once: maxNeedFit, the placement bonus, 10^scoreDecimals. */
  maxNeedFit: number;
  placementBonus: number;
  scoreScale: number;
}

export function rankTableOf(
  interventions: readonly Intervention[],
  districtList: readonly District[],
  cfg: RankingConfig,
  wording: Wording,
): RankTable {
  const districts = districtList.map((d) => d.id);
  const districtById = new Map(districtList.map((d) => [d.id, d]));
  const n = interventions.length;
  // Swedish collation is costly, so the name order is settled here rather than in every sort.
  const byName = interventions
    .map((i, x) => ({ i, x }))
    .sort(
      (a, b) =>
        a.i.name.localeCompare(b.i.name, 'sv') || (a.i.id < b.i.id ? -1 : a.i.id > b.i.id ? 1 : 0),
    );
  const nameRank = new Int32Array(n);
  byName.forEach(({ x }, rank) => (nameRank[x] = rank));
  const availabilityIn = new Map<string, Uint8Array>();
  for (const d of ['', ...districts]) {
    availabilityIn.set(
      d,
      Uint8Array.from(interventions, (i) =>
        AVAILABILITIES.indexOf(availabilityOf(i, d || undefined)),
      ),
    );
  }
  const accessNoteIn = new Map<string, string[]>();
  for (const d of ['', ...districts])
    accessNoteIn.set(
      d,
      interventions.map((i) => accessNoteOf(i, d, districtById, cfg, wording)),
    );
  return {
    interventions,
    accessTier: accessTierTable(cfg),
    accessNoteIn,
    evidenceFactor: Float64Array.from(
      interventions,
      (i) => cfg.evidenceFactor[i.evidence.level] ?? 1,
    ),
    nameRank,
    ageMin: Float64Array.from(interventions, (i) => i.ageRange.min ?? -Infinity),
    ageMax: Float64Array.from(interventions, (i) => i.ageRange.max ?? Infinity),
    // Plain: no preconditions and hard age bounds, so the age check is the table's min/max.
    plain: Uint8Array.from(interventions, (i) =>
      i.offeredInStockholm && !i.preconditions?.length && !isSoftAgeRange(i.ageRange) ? 1 : 0,
    ),
    softAge: Uint8Array.from(interventions, (i) => (isSoftAgeRange(i.ageRange) ? 1 : 0)),
    softAgeFactor: cfg.softAgeFactor,
    alternativeToPlacement: Uint8Array.from(interventions, (i) =>
      i.alternativeToPlacement ? 1 : 0,
    ),
    availabilityIn,
    availabilityFactor: Float64Array.from(AVAILABILITIES, (a) => cfg.availabilityFactor[a] ?? 1),
    maxNeedFit: cfg.maxNeedFit,
    placementBonus: cfg.alternativeToPlacementBonus,
    scoreScale: 10 ** cfg.scoreDecimals,
  };
}

/** The score of the option at position x, given its summed rule weights and availability code. */
export function scoreOf(
  t: RankTable,
  x: number,
  weightSum: number,
  availability: number,
  placementRisk: boolean,
  age: number,
): number {
  const needFit = weightSum < t.maxNeedFit ? weightSum : t.maxNeedFit;
  const bonus = placementRisk && t.alternativeToPlacement[x] ? t.placementBonus : 0;
  // A child outside a soft age range keeps the option, lower in the ranking.
  const soft = t.softAge[x] && (age < t.ageMin[x]! || age > t.ageMax[x]!) ? t.softAgeFactor : 1;
  const raw = (needFit + bonus) * t.evidenceFactor[x]! * t.availabilityFactor[availability]! * soft;
  return Math.round(raw * t.scoreScale) / t.scoreScale;
}

/**
 * Deterministic order of positions given their availability codes and scores: access tier, then
 * score, then evidence factor, then Swedish name, then id (name rank covers both) — so equal
 * profiles give equal answers.
 */
export function rankOrder(
  t: RankTable,
  availability: Uint8Array,
  score: Float64Array,
): (x: number, y: number) => number {
  const tier = t.accessTier;
  const evidence = t.evidenceFactor;
  const name = t.nameRank;
  return (x, y) =>
    tier[availability[x]!]! - tier[availability[y]!]! ||
    score[y]! - score[x]! ||
    evidence[y]! - evidence[x]! ||
    name[x]! - name[y]!;
}
