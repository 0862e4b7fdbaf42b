// Step 6: the explained views — a recommendation card's data, and "why not" for options left out.
import type { Intervention, Provider } from '../catalogue/types.js';
import type { RuleDef } from '../catalogue/types.js';
import type { ShownAvailability } from '../catalogue/availability.js';
import type { NeedArea } from '../catalogue/generated/intervention.js';
import type { Profile } from '../recommend/profile.js';
import type { StaleFact } from './stale-facts.js';
import type {
  ExcludedIntervention,
  FullRecommendation,
} from '../catalogue/generated/api/recommendation.js';
import { say, type Wording } from '../catalogue/wording.js';
import { needAreasOf } from '../catalogue/need-reading.js';

/**
 * A shown option as the service holds it: always the whole card, the documented ?view=full item.
 * The lean answer (the default) is this minus the catalogue-only fields, projected when it is
 * serialised (lean-card.ts), so it needs no type of its own here.
 */
export type RecommendationView = FullRecommendation;

/** An option relevant to the profile's needs but left out, and why (?explain=true). */
export type ExcludedView = ExcludedIntervention;

/** The fields of a card that depend only on the intervention (not on the profile). */
export type StaticCard = Omit<
  RecommendationView,
  | 'id'
  | 'score'
  | 'rank'
  | 'reasons'
  | 'caveats'
  | 'matchedNeeds'
  | 'availability'
  | 'accessTier'
  | 'accessNote'
>;

/** An intervention's static card and its JSON without braces (most of an answer's bytes). */
export interface CardEntry {
  card: StaticCard;
  json: string;
}

/** The slice of a catalogue version the explained views read. */
export interface ExplainInput {
  interventions: readonly Intervention[];
  /** Static cards by intervention id, built with the version (buildStaticCards). */
  cards: ReadonlyMap<string, CardEntry>;
  /** Why each option is not recommended when no rule fired for it (buildWhyNotTexts). */
  whyNotTexts: ReadonlyMap<string, readonly string[]>;
}

/**
 * Why an option relevant to the profile's needs was not recommended when no constraint excluded
 * it: its rules' conditions did not hold (or it has none). That depends only on the version, so
 * it is worded once here rather than per answer.
 */
export function buildWhyNotTexts(v: {
  interventions: readonly Intervention[];
  rules: { rulesByIntervention: ReadonlyMap<string, RuleDef[]> };
  catalogue: { vocabulary: { wording: Wording } };
}): Map<string, readonly string[]> {
  const w = v.catalogue.vocabulary.wording;
  return new Map(
    v.interventions.map((i) => {
      const rules = v.rules.rulesByIntervention.get(i.id) ?? [];
      const why = rules.length
        ? rules.map((r) => say(w, 'excluded.rule', { rule: r.description }))
        : [say(w, 'excluded.no-rule')];
      if (!i.offeredInStockholm) why.unshift(say(w, 'excluded.not-in-stockholm'));
      return [i.id, why];
    }),
  );
}

/**
 * Every intervention's static card and its JSON, built once when a version is built: serialising
 * them per request would be wasted work.
 */
export function buildStaticCards(v: {
  interventions: readonly Intervention[];
  providerById: ReadonlyMap<string, Provider>;
  staleFactsById: ReadonlyMap<string, StaleFact[]>;
}): Map<string, CardEntry> {
  const byId = new Map<string, CardEntry>();
  for (const i of v.interventions) {
    const p = v.providerById.get(i.provider)!;
    const card: StaticCard = {
      name: i.name,
      aliases: i.aliases,
      summary: i.summary,
      provider: { id: p.id, name: p.name, level: p.level },
      offeredIn: i.offeredIn,
      ...(i.availabilityNote ? { availabilityNote: i.availabilityNote } : {}),
      ageRange: i.ageRange,
      targetGroup: i.targetGroup,
      form: i.form,
      ...(i.intensity ? { intensity: i.intensity } : {}),
      ...(i.duration ? { duration: i.duration } : {}),
      evidence: { level: i.evidence.level, notes: i.evidence.notes },
      decision: i.decision,
      alternativeToPlacement: i.alternativeToPlacement,
      referral: i.referral,
      sources: i.sources,
      staleFacts: v.staleFactsById.get(i.id) ?? [],
    };
    byId.set(i.id, { card, json: JSON.stringify(card).slice(1, -1) });
  }
  return byId;
}

export function recommendationView(
  v: ExplainInput,
  r: {
    score: number;
    intervention: Intervention;
    availability: ShownAvailability;
    accessTier: number;
    accessNote: string;
    reasons: string[];
    caveats: string[];
    matchedNeeds: NeedArea[];
  },
  rank: number,
): RecommendationView {
  const c = v.cards.get(r.intervention.id)!.card;
  // Spelled out rather than spread: spreading after other keys takes V8's slow path, and this runs
  // for every shown option. Absent optional fields are undefined here, so JSON leaves them out.
  return {
    id: r.intervention.id,
    score: r.score,
    rank,
    reasons: r.reasons,
    caveats: r.caveats,
    matchedNeeds: r.matchedNeeds,
    availability: r.availability,
    accessTier: r.accessTier,
    accessNote: r.accessNote,
    name: c.name,
    aliases: c.aliases,
    summary: c.summary,
    provider: c.provider,
    offeredIn: c.offeredIn,
    availabilityNote: c.availabilityNote,
    ageRange: c.ageRange,
    targetGroup: c.targetGroup,
    form: c.form,
    intensity: c.intensity,
    duration: c.duration,
    evidence: c.evidence,
    decision: c.decision,
    alternativeToPlacement: c.alternativeToPlacement,
    referral: c.referral,
    sources: c.sources,
    staleFacts: c.staleFacts,
  };
}

/**
 * Options relevant to the profile's needs that were not recommended, and why: a hard constraint
 * (age, not in Stockholm, precondition) or no rule matched the profile.
 */
export function whyNot(
  v: ExplainInput,
  _profile: Profile,
  needs: string[],
  candidates: ReadonlySet<Intervention>,
  excludedByConstraint: Map<string, string[]>,
): ExcludedView[] {
  const out: ExcludedView[] = [];
  for (const i of v.interventions) {
    const byConstraint = excludedByConstraint.get(i.id);
    if (byConstraint) {
      out.push({ id: i.id, name: i.name, why: byConstraint });
      continue;
    }
    // Relevant through a sourced need area or the catalogue's reading: "why not" asserts nothing.
    if (candidates.has(i) || !needAreasOf(i).some((n) => needs.includes(n))) continue;
    out.push({ id: i.id, name: i.name, why: [...v.whyNotTexts.get(i.id)!] });
  }
  return out;
}
