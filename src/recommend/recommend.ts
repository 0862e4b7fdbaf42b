// Step 4: run the rules for a profile, apply hard constraints, score, rank and explain.
import type { CatalogueVersion } from '../compile/catalogue-version.js';
import type { Intervention } from '../domain/types.js';
import { deriveFacts } from './derive-facts.js';
import { availabilityOf, isCityWide, type Availability } from './availability.js';
import { checkConstraints, isExcluded } from './constraints.js';
import type { SupportEvent } from '../compile/compile-rules.js';
import type { Profile } from './profile.js';
import { compareRanked, scoreOf, type RankEntry } from '../rank/score.js';
import {
  recommendationView,
  whyNot,
  type RecommendationView,
  type ExcludedView,
} from '../explain/explain.js';

export interface RecommendOptions {
  explain?: boolean;
  /** Memoise bucket outcomes (default true). Off only to measure cold rule evaluation. */
  memo?: boolean;
  /** How many options to list (default and maximum from rules/ranking.yaml). */
  limit?: number;
}

export interface RecommendationResult {
  catalogueVersion: string;
  profile: Profile;
  needs: string[];
  /** How many options fit the profile; `recommendations` lists the best `limit` of them. */
  total: number;
  recommendations: RecommendationView[];
  centralAlternatives: string[];
  excluded?: ExcludedView[];
}

interface Candidate {
  intervention: Intervention;
  needFit: number;
  events: SupportEvent[];
}

interface Ranked {
  score: number;
  entry: RankEntry;
  intervention: Intervention;
  availability: Availability;
  events: SupportEvent[];
  matchedNeeds: string[];
}

export async function recommend(
  v: CatalogueVersion,
  profile: Profile,
  opts: RecommendOptions = {},
): Promise<RecommendationResult> {
  const cfg = v.catalogue;
  const facts = deriveFacts(profile, cfg.facts);
  const needs = facts.needs as string[];
  const events = await v.rules.run(facts, profile.age, { memo: opts.memo });

  // A rule fires at most once per run and names an intervention at most once (schema: unique
  // items), so weights simply add up. Strings are built later, only for what is shown.
  const candidates = new Map<Intervention, Candidate>();
  for (const e of events) {
    for (const intervention of e.targets) {
      const c = candidates.get(intervention);
      if (c) {
        c.needFit += e.weight;
        c.events.push(e);
      } else candidates.set(intervention, { intervention, needFit: e.weight, events: [e] });
    }
  }

  const ranked: Ranked[] = [];
  const excluded = new Set<string>();
  const placementRisk = needs.some((n) => cfg.ranking.placementRiskNeeds.includes(n));
  for (const c of candidates.values()) {
    const entry = v.rankEntries.get(c.intervention.id)!;
    const availability = availabilityOf(c.intervention, profile.district, entry.districts);
    if (availability === 'not-offered' || isExcluded(c.intervention, profile)) {
      excluded.add(c.intervention.id);
      continue;
    }
    // Order does not matter here (a set, used for central alternatives); shown options get their
    // events sorted by rule id below, so their reasons and needs do not depend on bucket order.
    const matchedNeeds: string[] = [];
    for (const e of c.events) if (!matchedNeeds.includes(e.needArea)) matchedNeeds.push(e.needArea);
    ranked.push({
      score: scoreOf(cfg.ranking, c.intervention, entry, c.needFit, availability, placementRisk),
      entry,
      intervention: c.intervention,
      availability,
      events: c.events,
      matchedNeeds,
    });
  }
  ranked.sort(compareRanked);

  // Views are built only for what is shown, so answer cost stays flat as the catalogue grows.
  const limit = Math.min(opts.limit ?? cfg.ranking.defaultLimit, cfg.ranking.maxLimit);
  const shown = ranked.slice(0, limit);
  const result: RecommendationResult = {
    catalogueVersion: v.version,
    profile,
    needs,
    total: ranked.length,
    recommendations: shown.map((r, idx) => recommendationView(v, explained(r, profile), idx + 1)),
    centralAlternatives: centralAlternatives(ranked, shown, needs, !!profile.district),
  };
  if (opts.explain) {
    const whyByConstraint = new Map<string, string[]>();
    for (const id of excluded) {
      const i = v.interventionById.get(id)!;
      const { why } = checkConstraints(i, profile);
      whyByConstraint.set(id, why.length ? why : ['erbjuds inte i Stockholm']);
    }
    result.excluded = whyNot(v, profile, needs, candidates, whyByConstraint);
  }
  return result;
}

const byRuleId = (a: SupportEvent, b: SupportEvent) =>
  a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0;

/** A shown option's reasons and matched needs in rule-id order, then the constraint notes. */
function explained(r: Ranked, profile: Profile): Ranked & { reasons: string[] } {
  const events = r.events.sort(byRuleId); // this candidate's own array: sorting in place is safe
  const reasons: string[] = [];
  const matchedNeeds: string[] = [];
  for (const e of events) {
    if (!reasons.includes(e.reason)) reasons.push(e.reason);
    if (!matchedNeeds.includes(e.needArea)) matchedNeeds.push(e.needArea);
  }
  reasons.push(...checkConstraints(r.intervention, profile).notes);
  return { ...r, events, matchedNeeds, reasons };
}

/**
 * The mapping's point: central/regional options the district may not know about. With a district,
 * those covering a need that has no local option; without one, every city-wide option that fits.
 */
function centralAlternatives(
  ranked: Ranked[],
  shown: Ranked[],
  needs: string[],
  hasDistrict: boolean,
): string[] {
  const uncovered = hasDistrict
    ? needs.filter(
        (n) => !ranked.some((r) => r.availability === 'local' && r.matchedNeeds.includes(n)),
      )
    : needs;
  // Gaps are judged on every fitting option; the alternatives named are those in the answer.
  return shown
    .filter((r) => isCityWide(r.availability) && r.matchedNeeds.some((n) => uncovered.includes(n)))
    .map((r) => r.intervention.id);
}
