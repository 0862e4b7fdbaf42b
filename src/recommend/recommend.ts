// Step 4: run the rules for a profile, apply hard constraints, score, rank and explain.
import type { Intervention } from '../catalogue/types.js';
import type { NeedArea } from '../catalogue/generated/intervention.js';
import type {
  CentralAlternative,
  FullRecommendationResponse,
} from '../catalogue/generated/api/recommendation.js';
import type { ValidCatalogue } from '../validate/validate-catalogue.js';
import {
  fired,
  type CompiledRules,
  type EngineRuntime,
  type SupportEvent,
} from '../engine/compile-rules.js';
import { deriveFacts, type FactDeriver } from './derive-facts.js';
import { SHOWN_AVAILABILITIES, type ShownAvailability } from '../catalogue/availability.js';
import { checkConstraints, isExcluded } from './constraints.js';
import { availabilityText } from '../catalogue/wording.js';
import { isReadingOnly, readingText } from '../catalogue/need-reading.js';
import type { RequestScratch } from '../rank/request-scratch.js';
import type { RankTable } from '../rank/score.js';
import type { Profile } from './profile.js';
import { NOT_OFFERED, rankOrder, scoreOf } from '../rank/score.js';
import {
  needsOverview,
  type NeedLine,
  type NeedsOverviewInput,
} from '../coverage/needs-overview.js';
import { topK } from '../rank/top-k.js';
import { recommendationView, whyNot, type ExplainInput } from '../explain/explain.js';

/** The slice of a catalogue version a recommendation reads. */
export interface RecommendInput extends ExplainInput, NeedsOverviewInput {
  version: string;
  catalogue: ValidCatalogue;
  interventionById: ReadonlyMap<string, Intervention>;
  rules: CompiledRules;
  rankTable: RankTable;
  factDeriver: FactDeriver;
  plainNotes: readonly (string[] | null)[];
  /** The mutable part it uses: the engine's memos and pools, and the request scratch. */
  runtime: { engine: EngineRuntime; scratch: RequestScratch };
}

export interface RecommendOptions {
  explain?: boolean;
  /** Memoise bucket outcomes (default true). Off only to measure cold rule evaluation. */
  memo?: boolean;
  /** How many options to list (default and maximum from rules/ranking.yaml). */
  limit?: number;
}

/**
 * The answer as the service holds it: the documented ?view=full answer, whole cards included; the
 * lean answer is projected from it when it is serialised (src/http/serialize.ts). Only `profile`
 * is typed otherwise: it is the body ajv validated against the same profile schema, but the engine
 * reads it by field names that come from data (facts, preconditions), so its type stays indexable.
 */
export type RecommendationResult = Omit<FullRecommendationResponse, 'profile'> & {
  profile: Profile;
};

/**
 * A fitting central or regional option (schemas/api/recommendation.schema.json): the profile's
 * needs it covers (its rows in needsOverview), and whether it covers a need no fitting local
 * option covers (fillsLocalGap).
 */
export type { CentralAlternative };

/** A shown option: score, availability, and why (reasons, caveats, matched needs). */
interface Shown {
  intervention: Intervention;
  score: number;
  availability: ShownAvailability;
  accessTier: number;
  accessNote: string;
  reasons: string[];
  caveats: string[];
  matchedNeeds: NeedArea[];
}

export async function recommend(
  v: RecommendInput,
  profile: Profile,
  opts: RecommendOptions = {},
): Promise<RecommendationResult> {
  const facts = deriveFacts(profile, v.factDeriver);
  const outcomes = await fired(v.rules, v.runtime.engine, facts, profile.age, { memo: opts.memo });
  return answer(v, profile, facts.needs as NeedArea[], outcomes, opts);
}

/**
 * Everything after the rules have fired. Synchronous on purpose: the request scratch is shared by
 * every request of the version, and a function that cannot await cannot let another request in
 * between its begin() and its last read. One pass over the fired rules sums each option's weights
 * (a rule fires at most once and names an option at most once, so weights add), applies the hard
 * constraints the first time an option is named, and the profile's district decides each option's
 * availability.
 */
function answer(
  v: RecommendInput,
  profile: Profile,
  needs: NeedArea[],
  outcomes: readonly SupportEvent[][],
  opts: RecommendOptions,
): RecommendationResult {
  const cfg = v.catalogue;
  const t = v.rankTable;
  const s = v.runtime.scratch;
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
        s.weight[x] = s.weight[x]! + e.targetWeight[j]!;
      }
    }
  }

  const placementRisk = needs.some((n) => cfg.ranking.placementRiskNeeds.includes(n));
  const kept = s.kept;
  for (let k = 0; k < s.keptCount; k++) {
    const x = kept[k]!;
    s.score[x] = scoreOf(t, x, s.weight[x]!, availability[x]!, placementRisk, profile.age);
  }
  // Only the best `limit` are ordered and explained, so answer cost stays flat as the catalogue grows.
  const limit = Math.min(opts.limit ?? cfg.ranking.defaultLimit, cfg.ranking.maxLimit);
  const district = profile.district ?? '';
  const shown = topK(kept, s.keptCount, limit, rankOrder(t, availability, s.score)).map((x) =>
    explained(v, x, s, availability, district, profile),
  );
  const overview = needsOverview(v, district, needs, (x) => s.isKept(x));

  const result: RecommendationResult = {
    catalogueVersion: v.version,
    profile,
    needs,
    total: s.keptCount,
    recommendations: shown.map((r, idx) => recommendationView(v, r, idx + 1)),
    needsOverview: overview,
    // The mapping's point: central/regional options the district may not know about — all of them,
    // judged on every fitting option, not only those in the answer.
    centralAlternatives: centralAlternatives(v, overview),
  };
  if (opts.explain) {
    const whyByConstraint = new Map<string, string[]>();
    const excluded = Array.from(s.excluded.subarray(0, s.excludedCount));
    for (const x of excluded) {
      const i = t.interventions[x]!;
      const w = cfg.vocabulary.wording;
      const { why } = checkConstraints(i, profile, w);
      whyByConstraint.set(i.id, why.length ? why : [availabilityText(w, 'not-offered')]);
    }
    const fitting = new Set(
      [...kept.subarray(0, s.keptCount), ...excluded].map((x) => t.interventions[x]!),
    );
    result.excluded = whyNot(v, profile, needs, fitting, whyByConstraint);
  }
  return result;
}

/**
 * A shown option with its reasons and matched needs (its supporting rules that fired, in rule-id
 * order) and its caveats (the constraint notes: unknown age bounds, unanswered preconditions).
 */
function explained(
  v: RecommendInput,
  x: number,
  s: RequestScratch,
  availability: Uint8Array,
  district: string,
  profile: Profile,
): Shown {
  const intervention = v.rankTable.interventions[x]!;
  const reasons: string[] = [];
  const matchedNeeds: NeedArea[] = [];
  const readOnly: string[] = [];
  for (const e of v.rules.supportersOf[x]!) {
    if (!s.hasFired(e.order)) continue;
    if (!reasons.includes(e.reason)) reasons.push(e.reason);
    if (!matchedNeeds.includes(e.needArea)) matchedNeeds.push(e.needArea);
    if (isReadingOnly(intervention, e.needArea) && !readOnly.includes(e.needArea))
      readOnly.push(e.needArea);
  }
  const t = v.rankTable;
  const notes =
    v.plainNotes[x] ??
    checkConstraints(intervention, profile, v.catalogue.vocabulary.wording).notes;
  return {
    intervention,
    score: s.score[x]!,
    // Kept options are never not-offered (answer() excludes them), and shown availabilities come
    // first in AVAILABILITIES, so the index reads the same here.
    availability: SHOWN_AVAILABILITIES[availability[x]!]!,
    accessTier: t.accessTier[availability[x]!]!,
    accessNote: t.accessNoteIn.get(district)![x]!,
    reasons,
    // A match through the catalogue's reading of the need area is said to be one (#13).
    caveats: readOnly.length
      ? [
          ...notes,
          readingText(v.catalogue.vocabulary, readOnly, intervention.needAreasReading!.note),
        ]
      : notes,
    matchedNeeds,
  };
}

/** Every city-wide option in the overview, once, with the needs it covers there. */
function centralAlternatives(v: RecommendInput, overview: NeedLine[]): CentralAlternative[] {
  const byId = new Map<string, CentralAlternative>();
  for (const line of overview)
    for (const id of line.cityWide) {
      let c = byId.get(id);
      if (!c) {
        const i = v.interventionById.get(id)!;
        c = {
          id,
          name: i.name,
          availability: i.level === 'regional' ? 'regional' : 'central',
          needs: [],
          fillsLocalGap: false,
        };
        byId.set(id, c);
      }
      c.needs.push(line.needArea);
      if (line.local.length === 0) c.fillsLocalGap = true;
    }
  return [...byId.values()];
}
