// @ts-check
// A fact's source, as the issue (#13) words it: "Källa: <titel> (<år>), avsnitt <avsnitt>:
// ”<citat>”", each quote linking to the source text on /kalla/<id> with the passage highlighted.
// Also the "Att kontrollera" list (soft age bounds, eligibility notes, old facts, planned offers).
// Its own module so the results page and the detail page render sources the same way.
import { h } from './dom.js';
import { t } from './text.js';

/**
 * @typedef {{ document: string, section: string, quote?: string | string[] }} Source
 * @typedef {{ document: (id: string) => string, district: (id: string) => string }} SourceLabels
 * @typedef {{ caveats?: string[], eligibilityNotes?: string[], ageRange?: { strict?: boolean },
 *   staleFacts?: { text: string }[], offeredIn?: { district: string, status?: string }[],
 *   needAreasReading?: { areas: string[], note: string } }} Checkable
 */

/** @param {string} document */
const sourceId = (document) => String(document).replace(/\.txt$/, '');

/**
 * Link to the source text; with a quote the page highlights it, else it jumps to the section.
 * @param {string} document
 * @param {{ quote?: string, section?: string }} [at]
 */
export function sourceHref(document, { quote, section } = {}) {
  const q = quote ? `?citat=${encodeURIComponent(quote)}` : '';
  const anchor = !quote && section ? `#avsnitt=${encodeURIComponent(section)}` : '';
  return `/kalla/${encodeURIComponent(sourceId(document))}${q}${anchor}`;
}

/**
 * <li> per source entry (deduplicated by document + section + quotes).
 * @param {Source[] | undefined} sources
 * @param {Pick<SourceLabels, 'document'>} labels
 */
export function sourceItems(sources, labels) {
  const seen = new Set();
  const out = [];
  for (const s of sources || []) {
    const quotes = s.quote === undefined ? [] : Array.isArray(s.quote) ? s.quote : [s.quote];
    const key = `${s.document}\u0000${s.section}\u0000${quotes.join('\u0000')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const title = labels.document(s.document);
    out.push(
      h(
        'li',
        {},
        `${t('source.label')}: `,
        h(
          'a',
          { href: sourceHref(s.document, { section: s.section }) },
          h('cite', { text: title }),
        ),
        `, ${t('source.section', { section: s.section })}`,
        quotes.length
          ? [
              ': ',
              quotes.map((q, i) => [
                i ? ' … ' : '',
                h('a', {
                  class: 'quote',
                  href: sourceHref(s.document, { quote: q }),
                  text: `”${q}”`,
                }),
              ]),
            ]
          : '',
      ),
    );
  }
  return out;
}

/**
 * "Att kontrollera" for a card or a detail page: the answer's caveats (recommendations) or the
 * record's eligibility notes and soft bound (detail), old facts, and districts where it is planned.
 * @param {Checkable} x
 * @param {Pick<SourceLabels, 'district'> & { needArea?: (id: string) => string }} labels
 */
export function checkItems(x, labels) {
  const items = [...(x.caveats ?? [])];
  if (!x.caveats) {
    for (const e of x.eligibilityNotes ?? []) items.push(e);
    if (x.ageRange?.strict === false) items.push(t('check.age-soft'));
  }
  for (const f of x.staleFacts ?? []) if (!items.includes(f.text)) items.push(f.text);
  // The catalogue's reading of a need area no passage states: said to be one (#13). An answer's
  // caveats already carry it for the areas that matched.
  if (!x.caveats && x.needAreasReading && labels.needArea) {
    const needs = x.needAreasReading.areas.map(labels.needArea).join(', ');
    items.push(t('caveat.need-reading', { needs, note: x.needAreasReading.note }));
  }
  const planned = (x.offeredIn ?? []).filter((o) => o.status === 'planned');
  if (planned.length) {
    const districts = planned.map((o) => labels.district(o.district)).join(', ');
    items.push(t('check.planned', { districts }));
  }
  return items;
}

/**
 * The "Att kontrollera" block, or null when there is nothing to check.
 * @param {Checkable} x
 * @param {Pick<SourceLabels, 'district'> & { needArea?: (id: string) => string }} labels
 */
export function checkBlock(x, labels) {
  const items = checkItems(x, labels);
  if (!items.length) return null;
  return [
    h('p', { class: 'meta check-title', text: `${t('label.caveats')}:` }),
    h(
      'ul',
      { class: 'check-list' },
      items.map((item) => h('li', { text: item })),
    ),
  ];
}
