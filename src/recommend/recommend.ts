// Step 4: run the rules for a profile, apply hard constraints, score, rank and explain.
import type { CatalogueVersion } from '../compile/catalogue-version.js';
import type { Intervention } from '../domain/types.js';
import { deriveFacts } from './derive-facts.js';
import { AVAILABILITIES, isCityWide, type Availability } from './availability.js';
import { checkConstraints, isExcluded } from './constraints.js';
import type { RequestScratch } from '../rank/request-scratch.js';
import type { Profile } from './profile.js';
import { LOCAL, NOT_OFFERED, rankOrder, scoreOf } from '../rank/score.js';
import { topK } from '../rank/top-k.js';
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

/** A shown option: score, availability, and why (reasons, matched needs). */
interface Shown {
  intervention: Intervention;
  score: number;
  availability: Availability;
  reasons: string[];
  matchedNeeds: string[];
  caveats: string[];
}

export async function recommend(
  v: CatalogueVersion,
  profile: Profile,
  opts: RecommendOptions = {},
): Promise<RecommendationResult> {
  const cfg = v.catalogue;
  const facts = deriveFacts(profile, cfg.facts);
  const needs = facts.needs as string[];
  const outcomes = await v.rules.run(facts, profile.age, { memo: opts.memo });

  // From here to the end the work is synchronous, as the shared scratch requires. One pass over
  // the fired rules sums each option's weights (a rule fires at most once and names an option at
  // most once, so weights add), applies the hard constraints the first time an option is named, and
  // notes which needs a kept local option covers.
  const t = v.rankTable;
  const s = v.scratch;
  s.begin();
  const availability = t.availabilityIn.get(profile.district ?? '')!;
  const age = profile.age;
  for (let o = 0; o < outcomes.length; o++) {
    const events = outcomes[o]!;
    for (let k = 0; k < events.length; k++) {
      const e = events[k]!;
      s.fire(e.order);
      const xs = e.targetIndex;
      for (let j = 0; j < xs.length; j++) {
        const x = xs[j]!;
        if (s.touch(x)) {
          // isExcluded's decision; for a plain option (no preconditions) read from the rank table.
          const out =
            availability[x] === NOT_OFFERED ||
            (t.plain[x]
              ? age < t.ageMin[x]! || age > t.ageMax[x]!
              : isExcluded(t.interventions[x]!, profile));
          if (out) s.exclude(x);
          else s.keep(x);
        }
        s.weight[x] = s.weight[x]! + e.weight;
        if (availability[x] === LOCAL && s.isKept(x)) s.cover(e.needIndex);
      }
    }
  }

  const placementRisk = needs.some((n) => cfg.ranking.placementRiskNeeds.includes(n));
  const kept = s.kept;
  for (let k = 0; k < s.keptCount; k++) {
    const x = kept[k]!;
    s.score[x] = scoreOf(t, x, s.weight[x]!, availability[x]!, placementRisk, age);
  }
  // Only the best `limit` are ordered and explained, so answer cost stays flat as the catalogue grows.
  const limit = Math.min(opts.limit ?? cfg.ranking.defaultLimit, cfg.ranking.maxLimit);
  const shown = topK(kept, s.keptCount, limit, rankOrder(t, s.score)).map((x) =>
    explained(v, x, s, availability, profile),
  );
  // With a district, the needs no kept local option covers are the gaps central alternatives fill.
  const uncovered = needs.filter((n) => {
    const i = v.rules.needIndex.get(n);
    return !profile.district || i === undefined || !s.isCovered(i);
  });

  const result: RecommendationResult = {
    catalogueVersion: v.version,
    profile,
    needs,
    total: s.keptCount,
    recommendations: shown.map((r, idx) => recommendationView(v, r, idx + 1)),
    // The mapping's point: central/regional options the district may not know about. Gaps are
    // judged on every fitting option; the alternatives named are those in the answer.
    centralAlternatives: shown
      .filter(
        (r) => isCityWide(r.availability) && r.matchedNeeds.some((n) => uncovered.includes(n)),
      )
      .map((r) => r.intervention.id),
  };
  if (opts.explain) {
    const whyByConstraint = new Map<string, string[]>();
    const excluded = Array.from(s.excluded.subarray(0, s.excludedCount));
    for (const x of excluded) {
      const i = t.interventions[x]!;
      const { why } = checkConstraints(i, profile);
      whyByConstraint.set(i.id, why.length ? why : ['erbjuds inte i Stockholm']);
    }
    const fitting = new Set(
      [...kept.subarray(0, s.keptCount), ...excluded].map((x) => t.interventions[x]!),
    );
    result.excluded = whyNot(v, profile, needs, fitting, whyByConstraint);
  }
  return result;
}

type Notes = { notes: string[]; caveats: string[] };
const plainNotes = new WeakMap<Intervention, Notes>();

/**
 * checkConstraints(…).notes of a kept option. For a plain one (no preconditions, age inside the
 * range) they depend only on its age range, so they are computed once per intervention.
 */
function constraintNotes(i: Intervention, profile: Profile, plain: boolean): Notes {
  if (!plain) return checkConstraints(i, profile);
  let notes = plainNotes.get(i);
  if (!notes) {
    notes = checkConstraints(i, profile);
    plainNotes.set(i, notes);
  }
  return notes;
}

/**
 * A shown option with its reasons and matched needs: its supporting rules that fired, in rule-id
 * order, then the constraint notes.
 */
function explained(
  v: CatalogueVersion,
  x: number,
  s: RequestScratch,
  availability: Uint8Array,
  profile: Profile,
): Shown {
  const intervention = v.rankTable.interventions[x]!;
  const reasons: string[] = [];
  const matchedNeeds: string[] = [];
  for (const e of v.rules.supportersOf[x]!) {
    if (!s.hasFired(e.order)) continue;
    if (!reasons.includes(e.reason)) reasons.push(e.reason);
    if (!matchedNeeds.includes(e.needArea)) matchedNeeds.push(e.needArea);
  }
  const { notes, caveats } = constraintNotes(intervention, profile, v.rankTable.plain[x] === 1);
  for (const note of notes) reasons.push(note);
  return {
    intervention,
    caveats,
    score: s.score[x]!,
    availability: AVAILABILITIES[availability[x]!]!,
    reasons,
    matchedNeeds,
  };
}
