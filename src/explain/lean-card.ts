// The lean view of a recommendation: what depends on the profile (rank, score, reasons,
// availability, matched needs …) plus the few catalogue facts needed to read the answer on its own
// (name, provider, age range, evidence level, decision). Everything else is a catalogue fact, the
// same in every answer, one cacheable GET /api/v1/interventions away; ?view=full adds it back.
import type { CardEntry, StaticCard } from './explain.js';
import type {
  FullRecommendation,
  LeanRecommendation,
} from '../catalogue/generated/api/recommendation.js';

export type AnswerView = 'lean' | 'full';
export const ANSWER_VIEWS: readonly AnswerView[] = ['lean', 'full'];

/** A field the documented full card has and the lean one does not (schemas/api). */
type CatalogueOnlyField = Exclude<keyof FullRecommendation, keyof LeanRecommendation>;

/**
 * Card fields left out of the lean view. A deny-list on purpose: a field a card gains later (an
 * access tier, a caveat) is in the lean view unless it is added here as a catalogue fact.
 */
const CATALOGUE_ONLY = [
  'aliases',
  'summary',
  'offeredIn',
  'targetGroup',
  'form',
  'intensity',
  'duration',
  'alternativeToPlacement',
  'referral',
  'sources',
  'availabilityNote',
  'staleFacts',
] as const satisfies readonly CatalogueOnlyField[];
export const CATALOGUE_ONLY_FIELDS: ReadonlySet<string> = new Set(CATALOGUE_ONLY);

/** tsc fails here when the schema gives the full card a field the lean one lacks, unlisted above. */
type Conforms<T extends true> = T;
export type CatalogueOnlyFieldsListed = Conforms<
  [Exclude<CatalogueOnlyField, (typeof CATALOGUE_ONLY)[number]>] extends [never] ? true : false
>;

/** Static card fields kept in the lean view; of `evidence`, only its level. */
export function leanStaticCard(card: StaticCard): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(card)) {
    if (CATALOGUE_ONLY_FIELDS.has(key) || value === undefined) continue;
    out[key] = key === 'evidence' ? { level: card.evidence.level } : value;
  }
  return out;
}

/** Each option's lean static part as JSON without braces, by id, built once with the version. */
export function buildLeanCards(cards: ReadonlyMap<string, CardEntry>): Map<string, string> {
  return new Map(
    [...cards].map(([id, { card }]) => [id, JSON.stringify(leanStaticCard(card)).slice(1, -1)]),
  );
}
