// @ts-check
// "Behovsöversikt": one line per need the profile signals — what the district has locally, what
// central/regional options cover it, and, when neither exists, that plainly (the service's
// needsOverview, the same model as /tackning).
import { h } from '../common.js';
import { say } from './wording.js';

/** @typedef {import('./types.js').RecommendationAnswer} RecommendationAnswer */
/** @typedef {import('./types.js').Labels} Labels */
/** @typedef {import('./types.js').Wording} Wording */

/**
 * One need's line as plain text (also used for the case note and print).
 * @param {import('./types.js').NeedLine} line
 * @param {(id: string) => string} nameOf
 * @param {string | undefined} district  the district's Swedish name
 * @param {Wording} w
 */
export function needLineText(line, nameOf, district, w) {
  const names = (/** @type {string[]} */ ids) => ids.map(nameOf).join(', ');
  const more = line.elsewhere.length > 8 ? ' …' : '';
  const parts = [];
  if (line.local.length) parts.push(say(w, 'overview.local', { ids: names(line.local) }));
  else if (line.gap === 'hard' && district) parts.push(say(w, 'overview.hard', { district }));
  else if (district) parts.push(say(w, 'overview.no-local', { district }));
  else parts.push(say(w, 'overview.no-local-no-district'));
  if (line.cityWide.length) parts.push(say(w, 'overview.city-wide', { ids: names(line.cityWide) }));
  if (line.elsewhere.length && !line.local.length)
    parts.push(say(w, 'overview.elsewhere', { ids: names(line.elsewhere.slice(0, 8)) + more }));
  if (!line.local.length && !line.cityWide.length && !line.elsewhere.length)
    parts.push(say(w, 'overview.nothing'));
  return `${line.label} – ${parts.join('; ')}`;
}

/**
 * @param {RecommendationAnswer} result
 * @param {Labels} L
 * @param {Wording} w
 * @param {(id: string) => string} nameOf
 */
export function needsOverview(result, L, w, nameOf) {
  if (!result.needsOverview.length) return null;
  const district = result.profile.district ? L.district(result.profile.district) : undefined;
  return h(
    'section',
    { class: 'needs-overview', id: 'needs-overview', 'aria-labelledby': 'needs-overview-title' },
    h('h3', { id: 'needs-overview-title', text: say(w, 'overview.title') }),
    h(
      'ul',
      {},
      result.needsOverview.map((line) =>
        h('li', {
          class: `gap-${line.gap}`,
          'data-need': line.needArea,
          'data-gap': line.gap,
          text: needLineText(line, nameOf, district, w),
        }),
      ),
    ),
  );
}
