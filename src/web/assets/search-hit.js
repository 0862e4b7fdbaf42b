// @ts-check
// One search hit as a list item, with what a social worker needs to act on it: the name (link),
// availability (relative to the chosen district) and evidence badges, the age range and the
// summary's first sentence. The wording is common.js's, the same as on the recommendation cards.
import {
  h,
  availabilityText,
  availabilityClass,
  ageText,
  displayName,
  joinSv,
  t,
} from './common.js';
import { evidenceBadge } from './results/option-row.js';

/**
 * @typedef {object} SearchHit
 * @property {string} id
 * @property {string} name
 * @property {string[]} aliases
 * @property {string} availability `local`, `central`, `other-district` … (relative to ?district=)
 * @property {{ district: string }[]} offeredIn
 * @property {{ min: number | null, max: number | null, note?: string }} ageRange
 * @property {{ level: string }} evidence
 * @property {string} summary the first sentence of the record's summary
 * @property {string[]} [matchedFields]
 *
 * @typedef {object} Labels the label lookups of common.js's makeLabels
 * @property {(id: string) => string} district
 * @property {(id: string) => string} evidence
 * @property {(id: string) => string} evidenceDescription
 */

/**
 * The Swedish name of a field a hit can match in (wording `search.field.<field>`).
 * @param {string} field
 */
const fieldName = (field) => {
  const key = `search.field.${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  const name = t(key);
  return name === key ? field : name;
};

/**
 * @param {SearchHit} it
 * @param {Labels} L
 * @param {boolean} hasDistrict whether availability is relative to a chosen district
 * @returns {HTMLLIElement}
 */
export function searchHit(it, L, hasDistrict) {
  const age = `${ageText(it.ageRange)}${it.ageRange.note ? ` (${it.ageRange.note})` : ''}`;
  return /** @type {HTMLLIElement} */ (
    h(
      'li',
      { 'data-id': it.id, class: 'search-hit' },
      h(
        'h2',
        { class: 'h-item' },
        h('a', {
          href: `/insats/${encodeURIComponent(it.id)}`,
          text: displayName(it.name, it.aliases),
        }),
      ),
      h(
        'ul',
        { class: 'badges', 'aria-label': t('badges.label') },
        h('li', {
          class: `badge ${availabilityClass(it.availability)}`,
          'data-badge': 'availability',
          text: availabilityText(it.availability, it.offeredIn, L, hasDistrict),
        }),
        // A link to "Om kunskapsläge", like every evidence badge.
        h('li', {}, evidenceBadge(it.evidence.level, L)),
      ),
      h('p', { class: 'meta', 'data-field': 'age', text: age }),
      it.summary ? h('p', { 'data-field': 'summary', text: it.summary }) : null,
      it.matchedFields?.length
        ? h('p', {
            class: 'meta',
            text: `${t('search.matched-in')}: ${joinSv(it.matchedFields.map(fieldName))}`,
          })
        : null,
    )
  );
}
