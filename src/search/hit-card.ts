// What a search hit carries so a social worker can act on it without opening the record: name,
// level and availability (relative to a district when the caller has one), age range, evidence
// level and the summary's first sentence. The static part is built once per catalogue version.
import type { Intervention, OfferedIn } from '../catalogue/types.js';
import { availabilityOf, type Availability } from '../catalogue/availability.js';

export interface HitCard {
  id: string;
  name: string;
  aliases: string[];
  level: Intervention['level'];
  /** Relative to `district` when given (`local`, `other-district` …), else as availability without one. */
  availability: Availability;
  offeredIn: OfferedIn[];
  ageRange: Intervention['ageRange'];
  evidence: { level: string };
  /** The first sentence of the record's summary. */
  summary: string;
}

export interface SearchHit extends HitCard {
  score: number;
  matchedFields: string[];
}

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
