// Step 5: score = need fit (rule weights) × evidence factor × availability factor; all numbers
// come from rules/ranking.yaml.
import type { Intervention, RankingConfig } from '../domain/types.js';
import type { Availability } from '../recommend/availability.js';

export function scoreOf(
  cfg: RankingConfig,
  i: Intervention,
  weightSum: number,
  availability: Availability,
  profileNeeds: string[],
): number {
  const needFit = Math.min(weightSum, cfg.maxNeedFit);
  const bonus =
    i.alternativeToPlacement && profileNeeds.some((n) => cfg.placementRiskNeeds.includes(n))
      ? cfg.alternativeToPlacementBonus
      : 0;
  const raw =
    (needFit + bonus) *
    (cfg.evidenceFactor[i.evidence.level] ?? 1) *
    (cfg.availabilityFactor[availability] ?? 1);
  const f = 10 ** cfg.scoreDecimals;
  return Math.round(raw * f) / f;
}

/**
 * Deterministic order: score, then evidence factor, then Swedish name, then id. The name/id order
 * is precomputed once per catalogue version (`nameOrder`), since Swedish collation is costly.
 */
export function compareRanked(
  cfg: RankingConfig,
  nameOrder: ReadonlyMap<string, number>,
  a: { score: number; intervention: Intervention },
  b: { score: number; intervention: Intervention },
): number {
  return (
    b.score - a.score ||
    (cfg.evidenceFactor[b.intervention.evidence.level] ?? 0) -
      (cfg.evidenceFactor[a.intervention.evidence.level] ?? 0) ||
    nameOrder.get(a.intervention.id)! - nameOrder.get(b.intervention.id)!
  );
}

/** Interventions by Swedish name, then id: the tie-break order, as a rank per id. */
export function nameOrderOf(interventions: readonly Intervention[]): Map<string, number> {
  const sorted = [...interventions].sort(
    (a, b) => a.name.localeCompare(b.name, 'sv') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return new Map(sorted.map((i, idx) => [i.id, idx]));
}
