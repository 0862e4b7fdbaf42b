// @ts-check
// The detail page's facts about one catalogue entry (label/value rows) and where it is offered.
import { h } from '../dom.js';
import { t, joinSv, ageText } from '../text.js';

/** @typedef {import('../results/types.js').Labels} Labels */
/**
 * GET /api/v1/interventions/{id}: the type generated from schemas/api/catalogue.schema.json.
 * @typedef {import('../../../catalogue/generated/api/catalogue.js').InterventionDetail} InterventionDetail
 */

/**
 * The label/value rows, in the order the card and compare table use where they overlap.
 * @param {InterventionDetail} i
 * @param {Labels} L
 * @returns {[string, string][]}
 */
export function detailFacts(i, L) {
  const provider =
    i.provider.level === 'district'
      ? i.provider.name
      : `${i.provider.name} (${L.level(i.provider.level)})`;
  /** @type {([string, string] | null)[]} */
  const rows = [
    i.aliases?.length ? [t('fact.aliases'), i.aliases.join(', ')] : null,
    // An empty list is the catalogue saying the source does not state it (#13), not a blank.
    [t('fact.need-areas'), joinSv(i.needAreas.map(L.needArea)) || t('unknown.need-areas')],
    [t('fact.target-group'), joinSv(i.targetGroup.map(L.targetGroup)) || t('unknown.target-group')],
    [t('fact.age'), `${ageText(i.ageRange)}${i.ageRange.note ? ` (${i.ageRange.note})` : ''}`],
    [t('fact.form'), joinSv(i.form.map(L.form)) || t('unknown.form')],
    i.intensity ? [t('fact.intensity'), i.intensity] : null,
    i.duration ? [t('fact.duration'), i.duration] : null,
    [t('fact.provider'), provider],
    [t('fact.decision'), L.decision(i.decision)],
    [t('fact.referral'), i.referral],
    [t('fact.evidence'), `${L.evidence(i.evidence.level)}. ${i.evidence.notes}`],
    i.preconditions?.length
      ? [t('fact.preconditions'), i.preconditions.map((p) => p.text).join(' ')]
      : null,
    [t('fact.placement-alternative'), t(i.alternativeToPlacement ? 'answer.yes' : 'answer.no')],
  ];
  return /** @type {[string, string][]} */ (rows.filter(Boolean));
}

/**
 * "Var finns insatsen?": the districts (planned ones said as such), or the whole city.
 * @param {InterventionDetail} i
 * @param {Labels} L
 */
export function whereOffered(i, L) {
  if (i.level !== 'district')
    return h('p', {
      text: i.offeredInStockholm
        ? t('detail.city-wide', { level: L.level(i.level) })
        : t('detail.not-in-stockholm'),
    });
  if (!i.offeredIn.length) return h('p', { text: t('detail.districts-unknown') });
  return h(
    'ul',
    {},
    i.offeredIn.map((o) =>
      h(
        'li',
        {},
        h('strong', { text: L.district(o.district) }),
        o.status === 'planned' ? ` (${t('detail.planned')})` : '',
        o.note ? ` – ${o.note}` : '',
      ),
    ),
  );
}
