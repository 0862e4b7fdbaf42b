// `npm run review`: what the editors' periodic review should look at — old reviews, facts resting
// on old sources, unknowns, thin coverage, and rules that never matter for the population.
import type { CatalogueVersion } from '../compile/catalogue-version.js';
import type { Intervention } from '../domain/types.js';
import { computeCoverage } from '../coverage/coverage-model.js';
import { deriveFacts } from '../recommend/derive-facts.js';
import type { Profile } from '../recommend/profile.js';
import { runPopulation } from './run-population.js';

/** Facts whose age matters to a social worker: where it is offered, and for whom. */
const DATED_FACTS = ['offeredIn', 'ageRange'] as const;

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
    facts: { fact: string; newestYear: number | null }[];
  }[];
  unknownAge: string[];
  unknownEvidence: string[];
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

function newestSupport(i: Intervention, fact: string, years: ReadonlyMap<string, number | null>) {
  const ys = i.sources
    .filter((s) => s.supports?.includes(fact as never))
    .map((s) => years.get(s.document) ?? null);
  if (!ys.length) return undefined; // nothing states it: unknown, not stale
  const known = ys.filter((y): y is number => y !== null);
  return known.length ? Math.max(...known) : null;
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
  const cutoff = new Date(today);
  if (months !== null) cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  const cutoffIso = cutoff.toISOString().slice(0, 10);
  const years = new Map(v.catalogue.seedDocuments.map((d) => [d.document, d.year]));
  const thisYear = today.getUTCFullYear();

  const staleSources: ReviewReport['staleSources'] = [];
  for (const i of v.interventions) {
    const facts = DATED_FACTS.flatMap((fact) => {
      const newestYear = newestSupport(i, fact, years);
      if (newestYear === undefined) return [];
      return newestYear === null || thisYear - newestYear > cfg.staleAfterYears
        ? [{ fact, newestYear }]
        : [];
    });
    if (facts.length) staleSources.push({ id: i.id, name: i.name, facts });
  }

  const cov = computeCoverage(v, v.catalogue.statedLacks);
  const fired = new Set<string>();
  for (const p of profiles)
    for (const events of await v.rules.run(deriveFacts(p, v.catalogue.facts), p.age))
      for (const e of events) fired.add(e.ruleId);
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
      .filter((r) => !fired.has(r.id))
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
