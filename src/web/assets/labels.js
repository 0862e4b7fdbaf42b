// @ts-check
// Label lookups (ids → Swedish labels from the vocabulary and the district list) and the small
// facts about a catalogue entry that every view shows: availability without a profile, the
// display name with its abbreviation, the evidence levels counted as high.
import { vocabulary, districts } from './api.js';
import { setVocabulary } from './text.js';

/** @typedef {import('./results/types.js').Vocabulary} Vocabulary */
/** @typedef {import('./results/types.js').District} District */
/** @typedef {import('./results/types.js').Labels} Labels */
/** @typedef {import('./results/types.js').PageLabels} PageLabels */

/**
 * Label lookups built from the vocabulary and districts (also makes the vocabulary's wording the
 * page's wording).
 * @param {Vocabulary} vocab
 * @param {District[]} districtList
 * @returns {Labels}
 */
export function makeLabels(vocab, districtList) {
  setVocabulary(vocab);
  const districtName = new Map(districtList.map((d) => [d.id, d.name]));
  const docs = new Map((vocab.documents || []).map((d) => [d.document, d]));
  /**
   * @param {Record<string, string | { label: string }> | undefined} table
   * @param {string} id
   */
  const pick = (table, id) => {
    const v = table?.[id];
    if (v === undefined) return id;
    return typeof v === 'string' ? v : v.label;
  };
  return {
    district: (id) => districtName.get(id) ?? id,
    needArea: (id) => pick(vocab.needAreas, id),
    evidence: (id) => pick(vocab.evidenceLevels, id),
    evidenceDescription: (id) => vocab.evidenceLevels?.[id]?.description ?? '',
    targetGroup: (id) => pick(vocab.targetGroups, id),
    form: (id) => pick(vocab.forms, id),
    decision: (id) => pick(vocab.decisions, id),
    level: (id) => pick(vocab.levels, id),
    document: (id) => {
      const d = docs.get(id);
      if (!d) return id;
      return d.year ? `${d.title} (${d.year})` : d.title;
    },
  };
}

/** @type {PageLabels | null} */
let pageLabels = null;

/**
 * The labels with the vocabulary and district list they came from, fetched once per page load.
 * @returns {Promise<PageLabels>}
 */
export async function getLabels() {
  if (pageLabels) return pageLabels;
  const [vocab, list] = await Promise.all([vocabulary(), districts()]);
  showVersion(vocab.catalogueVersion);
  pageLabels = { ...makeLabels(vocab, list), vocab, districtList: list };
  return pageLabels;
}

export const HIGH_EVIDENCE = new Set(['recommended-by-socialstyrelsen', 'evidence-based-manual']);

/**
 * The availability class for badges and card borders.
 * @param {string} a
 */
export const availabilityClass = (a) => `av-${a}`;

/**
 * Availability of a catalogue entry without a profile (catalogue list, detail page).
 * @param {{ offeredInStockholm: boolean, level: string, offeredIn?: { status?: string }[] }} i
 */
export function levelAvailability(i) {
  if (!i.offeredInStockholm || i.level === 'external') return 'not-offered';
  if (i.level === 'district')
    return i.offeredIn?.some((o) => o.status !== 'planned') ? 'other-district' : 'unknown';
  return i.level;
}

/**
 * An abbreviation among the aliases (e.g. KIBB) not already in the name.
 * @param {string} name
 * @param {string[] | undefined} aliases
 */
export function abbreviation(name, aliases) {
  const abbr = (aliases || []).find(
    (a) => /^[A-ZÅÄÖ][A-Za-zÅÄÖåäö-]{1,9}$/.test(a) && (a.match(/[A-ZÅÄÖ]/g) || []).length >= 2,
  );
  if (!abbr || name.toLowerCase().includes(abbr.toLowerCase())) return '';
  return abbr;
}

/**
 * "Name (ABBR)" when an alias is an abbreviation not already in the name.
 * @param {string} name
 * @param {string[] | undefined} aliases
 */
export const displayName = (name, aliases) => {
  const abbr = abbreviation(name, aliases);
  return abbr ? `${name} (${abbr})` : name;
};

/**
 * Show the catalogue version in the footer.
 * @param {string | undefined} v
 */
export function showVersion(v) {
  const el = document.getElementById('catalogue-version');
  if (el && v) el.textContent = v;
}
