// `npm run review`: what the editors' periodic review should look at — old reviews, facts resting
// on old sources, unknowns, thin coverage, and rules that never matter for the population.
import type { CatalogueVersion } from '../version/catalogue-version.js';
import { staleFactsOf } from '../explain/stale-facts.js';
import { reviewCutoff } from '../validate/review-window.js';
import { fired } from '../engine/compile-rules.js';
import { deriveFacts } from '../recommend/derive-facts.js';
import type { Profile } from '../recommend/profile.js';
import { runPopulation } from './run-population.js';

export interface ReviewReport {
  today: string;
  reviewWindowMonths: number | null;
  staleAfterYears: number;
  /** Every record, least recently reviewed first. */
  byLastReviewed: { id: string; name: string; lastReviewed: string; overdue: boolean }[];
  /** Records with a dated fact resting only on sources older than staleAfterYears. */
  staleSources: {
    id: string;
    name: string;
    facts: { fact: string; newestYear: number }[];
  }[];
  unknownAge: string[];
  unknownEvidence: string[];
  /** #13: form, target group or need area the sources do not state (empty lists). */
  unknownForm: string[];
  unknownTargetGroup: string[];
  /** Need areas that are only the catalogue's reading (needAreasReading): confirm with the provider. */
  needAreasRead: string[];
  noReferral: string[];
  /** Need areas by how many districts have a local option, fewest first. */
  needAreas: { id: string; label: string; districtsWithLocal: number; cityWide: number }[];
  /** Districts by how many need areas they cover locally, fewest first. */
  districts: {
    id: string;
    name: string;
    needAreasWithLocal: number;
    gaps: number;
    hardGaps: number;
  }[];
  /** Rules that fire for no profile of the population. */
  deadRules: { id: string; file: string }[];
  /** Options rules name that no profile of the population is ever shown (in its top N). */
  unseenOptions: { id: string; name: string; inAnyAnswer: boolean }[];
  profiles: number;
}

export async function review(
  v: CatalogueVersion,
  profiles: readonly Profile[],
  topN: number,
  today: Date,
): Promise<ReviewReport> {
  const cfg = v.catalogue.ranking;
  const iso = today.toISOString().slice(0, 10);
  const months = cfg.reviewWindowMonths ?? null;
  const cutoffIso = months === null ? '' : reviewCutoff(today, months);

  // The cards' own definition of stale (src/explain/stale-facts.ts), as of `today`.
  const staleSources: ReviewReport['staleSources'] = [];
  for (const i of v.interventions) {
    const facts = staleFactsOf(
      i,
      v.catalogue.seedDocuments,
      cfg.staleAfterYears,
      today.getUTCFullYear(),
      v.catalogue.vocabulary.wording,
    ).map((f) => ({ fact: f.fact, newestYear: f.year }));
    if (facts.length) staleSources.push({ id: i.id, name: i.name, facts });
  }

  const cov = v.coverage;
  const firedIds = new Set<string>();
  for (const p of profiles)
    for (const events of await fired(
      v.rules,
      v.runtime.engine,
      deriveFacts(p, v.factDeriver),
      p.age,
    ))
      for (const e of events) firedIds.add(e.ruleId);
  const answers = await runPopulation(v, profiles, topN);
  const inTop = new Set(answers.flatMap((a) => a.ranked.slice(0, topN)));
  const inAny = new Set(answers.flatMap((a) => a.ranked));
  const named = new Set(v.rules.rules.flatMap((r) => r.event.interventions));

  return {
    today: iso,
    reviewWindowMonths: months,
    staleAfterYears: cfg.staleAfterYears,
    byLastReviewed: v.interventions
      .map((i) => ({
        id: i.id,
        name: i.name,
        lastReviewed: i.lastReviewed,
        overdue: months !== null && i.lastReviewed < cutoffIso,
      }))
      .sort((a, b) => a.lastReviewed.localeCompare(b.lastReviewed) || a.id.localeCompare(b.id)),
    staleSources,
    unknownAge: v.interventions
      .filter((i) => i.ageRange.min === null && i.ageRange.max === null)
      .map((i) => i.id),
    unknownEvidence: v.interventions.filter((i) => i.evidence.level === 'unknown').map((i) => i.id),
    unknownForm: v.interventions.filter((i) => !i.form.length).map((i) => i.id),
    unknownTargetGroup: v.interventions.filter((i) => !i.targetGroup.length).map((i) => i.id),
    needAreasRead: v.interventions.filter((i) => i.needAreasReading).map((i) => i.id),
    noReferral: v.interventions.filter((i) => !i.referral?.trim()).map((i) => i.id),
    needAreas: cov.needAreas
      .map((n) => ({
        id: n.id,
        label: n.label,
        districtsWithLocal: n.districtsWithLocal,
        cityWide: cov.districts[0]?.cells.find((c) => c.needArea === n.id)?.central.length ?? 0,
      }))
      .sort(
        (a, b) =>
          a.districtsWithLocal - b.districtsWithLocal ||
          a.cityWide - b.cityWide ||
          a.id.localeCompare(b.id),
      ),
    districts: cov.districts
      .map((d) => ({
        id: d.district.id,
        name: d.district.name,
        needAreasWithLocal: d.cells.length - d.gaps.length,
        gaps: d.gaps.length,
        hardGaps: d.hardGaps.length,
      }))
      .sort((a, b) => a.needAreasWithLocal - b.needAreasWithLocal || a.id.localeCompare(b.id)),
    deadRules: v.rules.rules
      .filter((r) => !firedIds.has(r.id))
      .map((r) => ({ id: r.id, file: r.file })),
    unseenOptions: [...named]
      .filter((id) => !inTop.has(id))
      .sort()
      .map((id) => ({
        id,
        name: v.interventionById.get(id)?.name ?? id,
        inAnyAnswer: inAny.has(id),
      })),
    profiles: profiles.length,
  };
}
