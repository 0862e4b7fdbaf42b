// What a search hit carries so a social worker can act on it without opening the record: name,
// level and availability (relative to a district when the caller has one), age range, evidence
// level and the summary's first sentence. The static part is built once per catalogue version.
import type { Intervention } from '../catalogue/types.js';
import type { SearchHit as GeneratedSearchHit } from '../catalogue/generated/api/search.js';
import { availabilityOf } from '../catalogue/availability.js';

/** A hit as the API answers it: generated from schemas/api/search.schema.json (npm run gen:types). */
export type SearchHit = GeneratedSearchHit;
/**
 * The part of a hit that does not depend on the query. `availability` is relative to `district`
 * when given (`local`, `other-district` …); `summary` is the record summary's first sentence.
 */
export type HitCard = Omit<SearchHit, 'score' | 'matchedFields'>;

const sentences = new Intl.Segmenter('sv', { granularity: 'sentence' });

/** The first sentence (ICU's Swedish sentence rules, so "t.ex." does not end it). */
export function firstSentence(text: string): string {
  for (const { segment } of sentences.segment(text)) {
    const s = segment.trim();
    if (s) return s;
  }
  return '';
}

export type CardMaker = (i: Intervention, district: string | undefined) => HitCard;

/** Cards for one catalogue version: sentence splitting happens once per record, not per hit. */
export function cardMaker(interventions: readonly Intervention[]): CardMaker {
  const summaries = new Map(interventions.map((i) => [i.id, firstSentence(i.summary)]));
  return (i, district) => {
    const summary = summaries.get(i.id) ?? firstSentence(i.summary);
    return {
      id: i.id,
      name: i.name,
      aliases: i.aliases,
      level: i.level,
      availability: availabilityOf(i, district),
      offeredIn: i.offeredIn,
      ageRange: i.ageRange,
      evidence: { level: i.evidence.level },
      summary,
    };
  };
}
