// A fact's source, as the issue (#13) words it: "Källa: <titel> (<år>), avsnitt <avsnitt>:
// ”<citat>”", each quote linking to the source text on /kalla/<id> with the passage highlighted.
// Also the "Att kontrollera" list (soft age bounds, eligibility notes, old facts, planned offers).
// Its own module so the results page and the detail page render sources the same way.
import { h } from './common.js';
import { say } from './results/wording.js';

const sourceId = (document) => String(document).replace(/\.txt$/, '');

/** Link to the source text; with a quote the page highlights it, else it jumps to the section. */
export function sourceHref(document, { quote, section } = {}) {
  const q = quote ? `?citat=${encodeURIComponent(quote)}` : '';
  const anchor = !quote && section ? `#avsnitt=${encodeURIComponent(section)}` : '';
  return `/kalla/${encodeURIComponent(sourceId(document))}${q}${anchor}`;
}

/** <li> per source entry (deduplicated by document + section + quotes). */
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
        'Källa: ',
        h(
          'a',
          { href: sourceHref(s.document, { section: s.section }) },
          h('cite', { text: title }),
        ),
        `, avsnitt ${s.section}`,
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
 */
export function checkItems(x, labels) {
  const items = [...(x.caveats ?? [])];
  if (!x.caveats) {
    for (const e of x.eligibilityNotes ?? []) items.push(e);
    if (x.ageRange?.strict === false)
      items.push(
        'Åldersgränsen är ingen fast gräns (”främst”) – barn utanför kan också få insatsen',
      );
    // The catalogue's reading of a need area no passage states: said to be one (#13).
    if (x.needAreasReading)
      items.push(
        say(labels.vocab.wording, 'caveat.need-reading', {
          needs: x.needAreasReading.areas.map(labels.needArea).join(', '),
          note: x.needAreasReading.note,
        }),
      );
  }
  for (const f of x.staleFacts ?? []) if (!items.includes(f.text)) items.push(f.text);
  const planned = (x.offeredIn ?? []).filter((o) => o.status === 'planned');
  if (planned.length)
    items.push(
      `På gång att starta (inte erbjuden ännu enligt källan): ${planned.map((o) => labels.district(o.district)).join(', ')}`,
    );
  return items;
}

/** The "Att kontrollera" block, or null when there is nothing to check. */
export function checkBlock(x, labels) {
  const items = checkItems(x, labels);
  if (!items.length) return null;
  return [
    h('p', { class: 'meta check-title', text: 'Att kontrollera:' }),
    h(
      'ul',
      { class: 'check-list' },
      items.map((t) => h('li', { text: t })),
    ),
  ];
}
