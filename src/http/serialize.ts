// JSON for a recommendation answer, byte-for-byte equivalent (as JSON) to JSON.stringify(result),
// but splicing in each card's static part, serialised once per catalogue version.
import type { CatalogueVersion } from '../compile/catalogue-version.js';
import type { RecommendationResult } from '../recommend/recommend.js';
import { staticCardOf } from '../explain/explain.js';

export function recommendationJson(v: CatalogueVersion, result: RecommendationResult): string {
  const { recommendations, ...rest } = result;
  const cards = recommendations.map((r) => {
    const dynamic = JSON.stringify({
      id: r.id,
      score: r.score,
      rank: r.rank,
      reasons: r.reasons,
      caveats: r.caveats,
      matchedNeeds: r.matchedNeeds,
      availability: r.availability,
      accessTier: r.accessTier,
      accessNote: r.accessNote,
    });
    return `${dynamic.slice(0, -1)},${staticCardOf(v, v.interventionById.get(r.id)!).json}}`;
  });
  return `${JSON.stringify(rest).slice(0, -1)},"recommendations":[${cards.join(',')}]}`;
}
