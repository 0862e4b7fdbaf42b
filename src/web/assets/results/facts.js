// @ts-check
// The facts of one option as label/value rows, in one fixed order: the expanded card and the
// compare table show the same rows, so chosen options line up ("–" where the catalogue is silent).
import { joinSv } from '../common.js';
import { ageRangeText, say } from './wording.js';

/** @typedef {import('./types.js').Recommendation} Recommendation */
/** @typedef {import('./types.js').Labels} Labels */
/** @typedef {import('./types.js').Wording} Wording */

export const NONE = '–';

/**
 * @param {Recommendation} r
 * @param {Labels} L
 * @param {Wording} w
 * @returns {[string, string][]}
 */
export function factRows(r, L, w) {
  const age = `${ageRangeText(w, r.ageRange)}${r.ageRange.note ? ` (${r.ageRange.note})` : ''}`;
  // Planned districts (status: planned) are said as such, not as where it is offered (#13).
  const offered = r.offeredIn.filter((o) => o.status !== 'planned');
  const planned = r.offeredIn.filter((o) => o.status === 'planned');
  const where = r.offeredIn.length
    ? [
        offered.map((o) => L.district(o.district)).join(', '),
        planned.length
          ? `på gång att starta: ${planned.map((o) => L.district(o.district)).join(', ')}`
          : '',
      ]
        .filter(Boolean)
        .join('; ')
    : r.availability === 'central' || r.availability === 'regional'
      ? 'Hela staden'
      : NONE;
  return [
    ['Målgrupp', joinSv(r.targetGroup.map(L.targetGroup)) || say(w, 'unknown.target-group')],
    ['Ålder', age],
    // An empty list is the catalogue saying the source does not state it (#13), not a blank.
    ['Form', joinSv(r.form.map(L.form)) || say(w, 'unknown.form')],
    ['Intensitet', r.intensity || NONE],
    ['Längd', r.duration || NONE],
    ['Beslut', L.decision(r.decision)],
    ['Så kopplar du in', r.referral || NONE],
    ['Utförare', r.provider.name],
    ['Var den finns', `${where}. ${r.accessNote}`],
    ['Kunskapsläge', L.evidence(r.evidence.level)],
    ['Källor', sourceText(r, L)],
  ];
}

/**
 * "Title (year), avsnitt ”Section”; …", each source once.
 * @param {Recommendation} r
 * @param {Labels} L
 */
export function sourceText(r, L) {
  const seen = new Set();
  const out = [];
  for (const s of r.sources) {
    const key = `${s.document}\u0000${s.section}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(`${L.document(s.document)}, avsnitt ”${s.section}”`);
  }
  return out.join('; ') || NONE;
}

/**
 * What to check before choosing it: the service's caveats, then (when the catalogue has them)
 * eligibility notes and stale facts.
 * @param {Recommendation} r
 */
export function checkItems(r) {
  const stale = (r.staleFacts ?? []).map((f) => f.text);
  return [...new Set([...(r.caveats ?? []), ...(r.eligibilityNotes ?? []), ...stale])];
}
