// What a recommendation case (test/cases/*.yaml) expects, checked against one answer. The mocha
// harness and `npm run impact` share this, so "a case fails" means the same in both.
import type { CatalogueVersion } from '../version/catalogue-version.js';
import type { RecommendationResult } from '../recommend/recommend.js';

export interface CaseExpect {
  top?: number;
  include?: string[];
  exclude?: string[];
  before?: [string, string][];
  empty?: boolean;
  centralAlternativesInclude?: string[];
  availability?: Record<string, string>;
}

export interface Case {
  name: string;
  profile: Record<string, unknown>;
  expect: CaseExpect;
}

/** Every unmet expectation of the case, as an English sentence; empty when the case holds. */
export function caseFailures(
  v: Pick<CatalogueVersion, 'interventionById'>,
  e: CaseExpect,
  result: RecommendationResult,
): string[] {
  const out: string[] = [];
  const ids = result.recommendations.map((r) => r.id);
  const why = (id: string) =>
    JSON.stringify(result.excluded?.find((x) => x.id === id)?.why ?? 'not relevant to the needs');
  const known = (id: string) => {
    if (v.interventionById.has(id)) return true;
    out.push(`unknown intervention id in case: ${id}`);
    return false;
  };
  if (e.empty && ids.length) out.push(`no recommendations expected, got ${ids.join(', ')}`);
  const window = e.top ? ids.slice(0, e.top) : ids;
  for (const id of e.include ?? [])
    if (known(id) && !window.includes(id))
      out.push(
        `${id} should be in ${e.top ? `the top ${e.top}` : 'the recommendations'} (why not: ${why(id)})`,
      );
  for (const id of e.exclude ?? [])
    if (known(id) && ids.includes(id)) out.push(`${id} must not be recommended`);
  for (const [a, b] of e.before ?? []) {
    if (!ids.includes(a)) out.push(`${a} should be recommended`);
    else if (ids.includes(b) && ids.indexOf(a) > ids.indexOf(b))
      out.push(`${a} should rank before ${b}`);
  }
  for (const id of e.centralAlternativesInclude ?? []) {
    const c = result.centralAlternatives.find((x) => x.id === id);
    if (!c) out.push(`${id} should be a central alternative`);
    else if (!c.fillsLocalGap) out.push(`${id} should fill a local gap`);
  }
  for (const [id, a] of Object.entries(e.availability ?? {})) {
    const got = result.recommendations.find((r) => r.id === id)?.availability;
    if (got !== a) out.push(`availability of ${id}: expected ${a}, got ${got ?? 'not shown'}`);
  }
  for (const r of result.recommendations)
    if (!r.reasons.length) out.push(`reasons of ${r.id} must not be empty`);
  return out;
}
