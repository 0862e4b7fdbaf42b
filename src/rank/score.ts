// Step 5: score = need fit (rule weights) × evidence factor × availability factor; all numbers
// come from rules/ranking.yaml.
import type { Intervention, RankingConfig } from '../domain/types.js';
import type { Availability } from '../recommend/availability.js';

/** What ranking needs of an intervention, computed once per catalogue version. */
export interface RankEntry {
  evidenceFactor: number;
  /** Position in Swedish name order (then id): the final tie-break. */
  nameRank: number;
  /** Districts that offer it themselves (offeredIn), for availability. */
  districts: ReadonlySet<string>;
}

export function rankEntriesOf(
  interventions: readonly Intervention[],
  cfg: RankingConfig,
): Map<string, RankEntry> {
  // Swedish collation is costly, so the name order is settled here rather than in every sort.
  const byName = [...interventions].sort(
    (a, b) => a.name.localeCompare(b.name, 'sv') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const nameRank = new Map(byName.map((i, idx) => [i.id, idx]));
  return new Map(
    interventions.map((i) => [
      i.id,
      {
        evidenceFactor: cfg.evidenceFactor[i.evidence.level] ?? 1,
        nameRank: nameRank.get(i.id)!,
        districts: new Set(i.offeredIn.map((o) => o.district)),
      },
    ]),
  );
}

export function scoreOf(
  cfg: RankingConfig,
  i: Intervention,
  entry: RankEntry,
  weightSum: number,
  availability: Availability,
  placementRisk: boolean,
): number {
  const needFit = Math.min(weightSum, cfg.maxNeedFit);
  const bonus = i.alternativeToPlacement && placementRisk ? cfg.alternativeToPlacementBonus : 0;
  const raw =
    (needFit + bonus) * entry.evidenceFactor * (cfg.availabilityFactor[availability] ?? 1);
  const f = 10 ** cfg.scoreDecimals;
  return Math.round(raw * f) / f;
}

/** Deterministic order: score, then evidence factor, then Swedish name, then id. */
export function compareRanked(
  a: { score: number; entry: RankEntry },
  b: { score: number; entry: RankEntry },
): number {
  return (
    b.score - a.score ||
    b.entry.evidenceFactor - a.entry.evidenceFactor ||
    a.entry.nameRank - b.entry.nameRank
  );
}
