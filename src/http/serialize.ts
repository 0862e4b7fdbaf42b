// JSON for a recommendation answer, byte-for-byte equivalent (as JSON) to JSON.stringify(result)
// (full view) or to its lean projection (lean view, see lean-card.ts), splicing in each card's
// static part, serialised once per catalogue version.
import type { CatalogueVersion } from '../version/catalogue-version.js';
import type { RecommendationResult } from '../recommend/recommend.js';
import type { AnswerView } from '../explain/lean-card.js';

export function recommendationJson(
  v: CatalogueVersion,
  result: RecommendationResult,
  view: AnswerView = 'full',
): string {
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
    const i = v.interventionById.get(r.id)!;
    const json = view === 'lean' ? v.leanCards.get(i.id)! : v.cards.get(i.id)!.json;
    return json ? `${dynamic.slice(0, -1)},${json}}` : dynamic;
  });
  return `${JSON.stringify(rest).slice(0, -1)},"recommendations":[${cards.join(',')}]}`;
}
