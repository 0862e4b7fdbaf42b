// Step 6: the explained views — a recommendation card's data, and "why not" for options left out.
import type { CatalogueVersion } from '../compile/catalogue-version.js';
import type { Intervention } from '../domain/types.js';
import type { Availability } from '../recommend/availability.js';
import type { Profile } from '../recommend/profile.js';
import type { StaleFact } from './stale-facts.js';

export interface RecommendationView {
  id: string;
  name: string;
  aliases: string[];
  /** The plain-language one-paragraph summary (the page's compact row shows it). */
  summary: string;
  score: number;
  rank: number;
  reasons: string[];
  /** Things to check before choosing it (unknown age bounds, unanswered preconditions). */
  caveats: string[];
  matchedNeeds: string[];
  availability: Availability;
  /** 1: the district can grant it directly; 2: bought or called off; 3: location unknown. */
  accessTier: number;
  /** How it is had, in Swedish, relative to the profile's district. */
  accessNote: string;
  provider: { id: string; name: string; level: string };
  offeredIn: Intervention['offeredIn'];
  availabilityNote?: string;
  ageRange: Intervention['ageRange'];
  targetGroup: string[];
  form: string[];
  intensity?: string;
  duration?: string;
  evidence: { level: string; notes: string };
  decision: string;
  alternativeToPlacement: boolean;
  referral: string;
  sources: Intervention['sources'];
  /** Availability or age range resting only on sources older than staleAfterYears (#13). */
  staleFacts: StaleFact[];
}

export interface ExcludedView {
  id: string;
  name: string;
  why: string[];
}

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

const cards = new WeakMap<CatalogueVersion, Map<string, { card: StaticCard; json: string }>>();

/**
 * An intervention's static card and its JSON (without braces), built once per catalogue version:
 * most of an answer's bytes are these, so serialising them per request would be wasted work.
 */
export function staticCardOf(
  v: CatalogueVersion,
  i: Intervention,
): { card: StaticCard; json: string } {
  let byId = cards.get(v);
  if (!byId) {
    byId = new Map();
    cards.set(v, byId);
  }
  let entry = byId.get(i.id);
  if (!entry) {
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
    entry = { card, json: JSON.stringify(card).slice(1, -1) };
    byId.set(i.id, entry);
  }
  return entry;
}

export function recommendationView(
  v: CatalogueVersion,
  r: {
    score: number;
    intervention: Intervention;
    availability: Availability;
    accessTier: number;
    accessNote: string;
    reasons: string[];
    caveats: string[];
    matchedNeeds: string[];
  },
  rank: number,
): RecommendationView {
  const c = staticCardOf(v, r.intervention).card;
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
  v: CatalogueVersion,
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
    const areas = i.needAreasReading ? [...i.needAreas, ...i.needAreasReading.areas] : i.needAreas;
    if (candidates.has(i) || !areas.some((n) => needs.includes(n))) continue;
    const rules = v.rules.rulesByIntervention.get(i.id) ?? [];
    const why = rules.length
      ? rules.map((r) => `villkoren uppfylls inte: ${r.description}`)
      : ['ingen regel stöder insatsen för det här behovet'];
    if (!i.offeredInStockholm) why.unshift('finns inte i Stockholm (endast planeringsunderlag)');
    out.push({ id: i.id, name: i.name, why });
  }
  return out;
}
