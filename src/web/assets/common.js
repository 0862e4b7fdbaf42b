// Shared helpers for the Insatsguiden pages: API calls, DOM building (never innerHTML), and the
// Swedish wording of availability, evidence, ages and sources.
import { ageRangeText } from './results/wording.js';

/** An API error with the RFC 9457 problem body (if any). */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || null;
  }
}

/** GET or POST JSON; throws ApiError on HTTP errors and on network failure (status 0). */
export async function api(path, { method = 'GET', body } = {}) {
  let res;
  try {
    res = await fetch(path, {
      method,
      headers: body
        ? { 'Content-Type': 'application/json', Accept: 'application/json' }
        : { Accept: 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, null);
  }
  let data;
  try {
    data = await res.json();
  } catch {
    data = null;
  }
  if (!res.ok) throw new ApiError(res.status, data);
  return data;
}

/** Every option that fits a profile (the API's default limit is for integrations). */
export function recommendations(profile) {
  // view=full: the page renders whole cards (the API's default view is lean).
  return api('/api/v1/recommendations?explain=true&limit=200&view=full', {
    method: 'POST',
    body: profile,
  });
}

/** Swedish sentence for a failed request that is not a field-level validation problem. */
export function errorText(e) {
  if (!(e instanceof ApiError)) return 'Något gick fel i sidan. Ladda om och försök igen.';
  if (e.status === 0) return 'Tjänsten svarar inte. Kontrollera nätverket och försök igen.';
  if (e.status === 404) return 'Det du söker finns inte i katalogen.';
  if (e.status === 429) return 'För många förfrågningar just nu. Vänta en minut och försök igen.';
  if (e.status >= 500) return 'Tjänsten har ett tillfälligt fel. Försök igen om en stund.';
  return 'Förfrågan kunde inte behandlas.';
}

/**
 * Build an element. attrs: class, text, hidden, dataset via data-*, aria-*, on<Event> handlers,
 * anything else as attribute. Children: nodes, strings, arrays, null/false (skipped).
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k === 'text') el.textContent = v;
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : String(c));
  }
}

/** Replace an element's children. */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

let vocabularyP;
let districtsP;

/** The vocabulary (labels) and the seed documents, fetched once per page load. */
export function vocabulary() {
  vocabularyP ??= api('/api/v1/vocabulary').catch((e) => {
    vocabularyP = undefined;
    throw e;
  });
  return vocabularyP;
}

/** The 14 districts (id, name, area), fetched once per page load. */
export function districts() {
  districtsP ??= api('/api/v1/districts')
    .then((d) => d.items)
    .catch((e) => {
      districtsP = undefined;
      throw e;
    });
  return districtsP;
}

let sharedWording = {};

/** Label lookups built from the vocabulary and districts. */
export function makeLabels(vocab, districtList) {
  sharedWording = vocab.wording ?? {};
  const districtName = new Map(districtList.map((d) => [d.id, d.name]));
  const docs = new Map((vocab.documents || []).map((d) => [d.document, d]));
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

export const HIGH_EVIDENCE = new Set(['recommended-by-socialstyrelsen', 'evidence-based-manual']);

/** "I din stadsdel", "Central – hela staden", "Annan stadsdel: Bromma, Skärholmen" … */
export function availabilityText(availability, offeredIn, labels, hasDistrict) {
  switch (availability) {
    case 'local':
      return 'I din stadsdel';
    case 'central':
      return 'Central – hela staden';
    case 'regional':
      return 'Regional';
    case 'framework-agreement':
      return 'Ramavtal';
    case 'other-district': {
      const names = (offeredIn || [])
        .filter((o) => o.status !== 'planned')
        .map((o) => labels.district(o.district))
        .join(', ');
      return `${hasDistrict ? 'Annan stadsdel' : 'Stadsdel'}: ${names}`;
    }
    case 'unknown':
      return 'Stadsdel – källorna anger inte var';
    case 'not-offered':
      return 'Finns inte i Stockholm';
    default:
      return availability;
  }
}

/** The availability class for badges and card borders. */
export const availabilityClass = (a) => `av-${a}`;

/** Availability of a catalogue entry without a profile (catalogue list, detail page). */
export function levelAvailability(i) {
  if (!i.offeredInStockholm || i.level === 'external') return 'not-offered';
  if (i.level === 'district')
    return i.offeredIn?.some((o) => o.status !== 'planned') ? 'other-district' : 'unknown';
  return i.level;
}

/** "4–12 år", "från 4 år", … in the vocabulary's shared wording (after makeLabels has run). */
export function ageText(r) {
  return ageRangeText(sharedWording, r ?? { min: null, max: null });
}

/** An abbreviation among the aliases (e.g. KIBB) not already in the name. */
export function abbreviation(name, aliases) {
  const abbr = (aliases || []).find(
    (a) => /^[A-ZÅÄÖ][A-Za-zÅÄÖåäö-]{1,9}$/.test(a) && (a.match(/[A-ZÅÄÖ]/g) || []).length >= 2,
  );
  if (!abbr || name.toLowerCase().includes(abbr.toLowerCase())) return '';
  return abbr;
}

export const displayName = (name, aliases) => {
  const abbr = abbreviation(name, aliases);
  return abbr ? `${name} (${abbr})` : name;
};

// Sources are rendered by source-line.js (issue #13: quotes and links to the source text).
export { sourceItems } from './source-line.js';

/** "a, b och c". */
export function joinSv(items) {
  const xs = items.filter(Boolean);
  if (xs.length <= 1) return xs.join('');
  return `${xs.slice(0, -1).join(', ')} och ${xs[xs.length - 1]}`;
}

/** Show the catalogue version in the footer. */
export function showVersion(v) {
  const el = document.getElementById('catalogue-version');
  if (el && v) el.textContent = v;
}
