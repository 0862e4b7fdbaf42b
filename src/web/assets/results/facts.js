// @ts-check
// The facts of one option as label/value rows, in one fixed order: the expanded card and the
// compare table show the same rows, so chosen options line up ("–" where the catalogue is silent).
import { joinSv, t } from '../common.js';
import { ageRangeText } from './wording.js';

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
          ? `${t('detail.planned')}: ${planned.map((o) => L.district(o.district)).join(', ')}`
          : '',
      ]
        .filter(Boolean)
        .join('; ')
    : r.availability === 'central' || r.availability === 'regional'
      ? t('fact.city-wide')
      : NONE;
  return [
    [t('fact.target-group'), joinSv(r.targetGroup.map(L.targetGroup)) || t('unknown.target-group')],
    [t('fact.age'), age],
    // An empty list is the catalogue saying the source does not state it (#13), not a blank.
    [t('fact.form'), joinSv(r.form.map(L.form)) || t('unknown.form')],
    [t('fact.intensity'), r.intensity || NONE],
    [t('fact.duration'), r.duration || NONE],
    [t('fact.decision'), L.decision(r.decision)],
    [t('fact.referral'), r.referral || NONE],
    [t('fact.provider'), r.provider.name],
    [t('fact.where'), `${where}. ${r.accessNote}`],
    [t('fact.evidence'), L.evidence(r.evidence.level)],
    [t('fact.sources'), sourceText(r, L)],
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
    out.push(`${L.document(s.document)}, ${t('source.section', { section: `”${s.section}”` })}`);
  }
  return out.join('; ') || NONE;
}

/**
 * What to check before choosing it: the service's caveats (eligibility notes among them), then
 * stale facts.
 * @param {Recommendation} r
 */
export function checkItems(r) {
  return [...new Set([...r.caveats, ...r.staleFacts.map((f) => f.text)])];
}
