// @ts-check
// The page's words: every sentence comes from catalog/vocabulary.yaml (`wording` and the label
// tables), served by GET /api/v1/vocabulary and shared with the service, so an availability or an
// unknown age reads the same on the page, in reasons, CDS Hooks and HSDS. Only the failure
// messages (fallback-text.js) are written here, because they must work without the vocabulary.
import { ApiError } from './api.js';
import { FAILED } from './fallback-text.js';
import { say, ageRangeText } from './results/wording.js';

/** @typedef {import('./results/types.js').Vocabulary} Vocabulary */
/** @typedef {import('./results/types.js').AgeRange} AgeRange */

/** @type {Readonly<Record<string, string>>} */
let wording = {};
/** @type {Record<string, string>} */
let levels = {};

/**
 * Use this vocabulary's sentences from now on (makeLabels calls it on every page).
 * @param {Pick<Vocabulary, 'wording' | 'levels'>} vocab
 */
export function setVocabulary(vocab) {
  wording = vocab.wording ?? {};
  levels = vocab.levels ?? {};
}

/** The current wording (for modules that take it as an argument). */
export const currentWording = () => wording;

/**
 * The sentence for `key`, placeholders filled in.
 * @param {string} key
 * @param {Record<string, string | number>} [vars]
 */
export const t = (key, vars) => say(wording, key, vars);

/**
 * The sentence for `key` as text and nodes: each {name} becomes nodes[name] (e.g. a <strong>).
 * @param {string} key
 * @param {Record<string, Node>} nodes
 * @returns {(string | Node)[]}
 */
export function tNodes(key, nodes) {
  return (wording[key] ?? key)
    .split(/(\{[a-z]+\})/)
    .filter((part) => part !== '')
    .map((part) => nodes[part.slice(1, -1)] ?? part);
}

/**
 * "a, b och c".
 * @param {(string | null | undefined | false)[]} items
 */
export function joinSv(items) {
  const xs = /** @type {string[]} */ (items.filter(Boolean));
  return new Intl.ListFormat('sv', { type: 'conjunction' }).format(xs);
}

/**
 * The availability badge's text: "I din stadsdel", "Central – hela staden", "Annan stadsdel:
 * Bromma, Skärholmen" …
 * @param {string} availability
 * @param {{ district: string, status?: string }[] | undefined} offeredIn
 * @param {{ district: (id: string) => string }} labels
 * @param {boolean} hasDistrict whether the availability is relative to a chosen district
 */
export function availabilityText(availability, offeredIn, labels, hasDistrict) {
  switch (availability) {
    case 'local':
      return t('group.local');
    case 'central':
    case 'regional':
    case 'framework-agreement':
      return levels[availability] ?? availability;
    case 'other-district': {
      const districts = (offeredIn || [])
        .filter((o) => o.status !== 'planned')
        .map((o) => labels.district(o.district))
        .join(', ');
      return t(hasDistrict ? 'badge.other-district' : 'badge.district', { districts });
    }
    case 'unknown':
      return t('badge.unknown');
    case 'not-offered':
      return t('badge.not-offered');
    default:
      return availability;
  }
}

/**
 * "4–12 år", "från 4 år", … in the shared wording.
 * @param {AgeRange | null | undefined} r
 */
export function ageText(r) {
  return ageRangeText(wording, r ?? { min: null, max: null });
}

/**
 * The Swedish sentence for a failed request that is not a field-level validation problem.
 * @param {unknown} e
 */
export function errorText(e) {
  if (!(e instanceof ApiError)) return FAILED.page;
  if (e.status === 0) return FAILED.network;
  if (e.status === 404) return FAILED.notFound;
  if (e.status === 429) return FAILED.rateLimited;
  if (e.status >= 500) return FAILED.server;
  return FAILED.request;
}
