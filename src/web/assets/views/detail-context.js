// @ts-check
// A detail page opened from results keeps the profile's context: the link carries the profile
// (the same fields as the start page's address), and the page shows how the option can be had
// from the profile's district, and why it was suggested.
import { h, recommendations, availabilityText, availabilityClass, t } from '../common.js';

/** @typedef {import('../results/types.js').Recommendation} Recommendation */

/**
 * The option as recommended for the profile in `query`, or null (no profile, or it does not fit).
 * @param {string} id
 * @param {Record<string, unknown> | null} profile
 * @returns {Promise<Recommendation | null>}
 */
export async function recommendedFor(id, profile) {
  if (!profile || profile.age === undefined) return null;
  /** @type {import('../results/types.js').RecommendationAnswer} */
  const result = await recommendations(profile);
  return result.recommendations.find((r) => r.id === id) ?? null;
}

/**
 * "För profilen": availability from the profile's district, the access note, reasons, caveats.
 * @param {Recommendation} r
 * @param {string | undefined} district
 * @param {import('../results/types.js').Labels} L
 */
export function profileContext(r, district, L) {
  return h(
    'section',
    {
      class: 'panel detail-context',
      id: 'detail-context',
      'aria-labelledby': 'detail-context-title',
    },
    h('h2', {
      id: 'detail-context-title',
      text: `${t('detail.for-profile')}${district ? ` (${L.district(district)})` : ''}`,
    }),
    h(
      'p',
      {},
      h('span', {
        class: `badge ${availabilityClass(r.availability)}`,
        'data-badge': 'profile-availability',
        text: availabilityText(r.availability, r.offeredIn, L, !!district),
      }),
      ` ${r.accessNote}`,
    ),
    h('p', { class: 'meta', text: `${t('card.why')}:` }),
    h(
      'ul',
      { class: 'reasons' },
      r.reasons.map((reason) => h('li', { text: reason })),
    ),
    r.caveats.length
      ? h(
          'p',
          { class: 'caveats' },
          h('strong', { text: `${t('label.caveats')}: ` }),
          r.caveats.join(' · '),
        )
      : null,
  );
}
