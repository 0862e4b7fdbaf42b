// @ts-check
// "Jämför": the chosen options side by side, one aligned row per fact (see facts.js).
import { h, displayName, t } from '../common.js';
import { factRows, NONE } from './facts.js';
import { sourceItems } from '../source-line.js';

/** @typedef {import('./types.js').Recommendation} Recommendation */

/**
 * @param {Recommendation[]} chosen
 * @param {import('./types.js').Labels} L
 * @param {import('./types.js').Wording} w
 */
export function compareTable(chosen, L, w) {
  const rows = chosen.map((r) => factRows(r, L, w));
  const labels = (rows[0] ?? []).map(([k]) => k);
  return h(
    'section',
    { class: 'compare', id: 'compare', 'aria-labelledby': 'compare-title' },
    h('h3', { id: 'compare-title', tabindex: '-1', text: t('compare.title') }),
    h(
      'div',
      { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'compare-title' },
      h(
        'table',
        {},
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('td', {}),
            chosen.map((r) => h('th', { scope: 'col', text: displayName(r.name, r.aliases) })),
          ),
        ),
        h(
          'tbody',
          {},
          labels.map((label, k) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row', text: label }),
              // Sources as on the card: each with its quote and a link to the source text.
              rows.map((cells, j) =>
                label === t('fact.sources')
                  ? h(
                      'td',
                      {},
                      h(
                        'ul',
                        { class: 'sources source-lines' },
                        sourceItems(chosen[j]?.sources ?? [], L),
                      ),
                    )
                  : h('td', { text: cells[k]?.[1] ?? NONE }),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
