// @ts-check
// One search hit. Hits carry at least id, name and matchedFields; when the API adds more (#12:
// availability, relative availability for ?district=, age range, evidence, summary) they are shown
// with the same badges and wording as the result rows.
import { h, availabilityText, availabilityClass, joinSv } from '../common.js';
import { evidenceBadge } from '../results/option-row.js';
import { ageRangeText } from '../results/wording.js';

/**
 * @typedef {{ id: string, name: string, matchedFields?: string[], summary?: string,
 *   availability?: string, level?: string, offeredIn?: { district: string }[],
 *   ageRange?: import('../results/types.js').AgeRange,
 *   evidence?: string | { level: string } }} SearchHit
 */

/** @type {Record<string, string>} */
const FIELD = {
  name: 'namn',
  aliases: 'andra namn',
  summary: 'beskrivning',
  targetGroup: 'målgrupp',
  needAreas: 'behovsområde',
  referral: 'hur man kopplar in',
  provider: 'utförare',
};

/**
 * @param {SearchHit} it
 * @param {{ L: import('../results/types.js').Labels, w: import('../results/types.js').Wording,
 *   district: string | null }} ctx
 */
export function searchHit(it, { L, w, district }) {
  const evidence = typeof it.evidence === 'string' ? it.evidence : it.evidence?.level;
  const availability = it.availability ?? it.level;
  const href = `/insats/${encodeURIComponent(it.id)}${district ? `?district=${encodeURIComponent(district)}` : ''}`;
  const badges = [
    availability
      ? h('li', {
          class: `badge ${availabilityClass(availability)}`,
          'data-badge': 'availability',
          text: availabilityText(availability, it.offeredIn ?? [], L, !!district),
        })
      : null,
    evidence ? h('li', {}, evidenceBadge(evidence, L)) : null,
    it.ageRange ? h('li', { class: 'badge', text: ageRangeText(w, it.ageRange) }) : null,
  ].filter(Boolean);
  return h(
    'li',
    { 'data-id': it.id },
    h('h2', { class: 'h-item' }, h('a', { href, text: it.name })),
    badges.length ? h('ul', { class: 'badges' }, badges) : null,
    it.summary ? h('p', { class: 'row-summary', text: it.summary }) : null,
    it.matchedFields?.length
      ? h('p', {
          class: 'meta',
          text: `Träff i: ${joinSv(it.matchedFields.map((f) => FIELD[f] ?? f))}`,
        })
      : null,
  );
}
