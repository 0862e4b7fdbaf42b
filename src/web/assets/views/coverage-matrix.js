// @ts-check
// /tackning's district × need-area matrix: one button per cell (colour, symbol and text), moved
// through with the arrow keys (one tab stop, roving tabindex); a cell opens its options below.
import { h, fill, byId } from '../dom.js';
import { t } from '../text.js';
import { stateOf } from './coverage-shared.js';
import { openCell } from './coverage-cell.js';

/** @typedef {import('./coverage-shared.js').CovCtx} CovCtx */

/**
 * "Utagerande/normbrytande" may wrap after the slash in narrow columns.
 * @param {string} text
 */
const withBreaks = (text) =>
  text.split('/').flatMap((part, i) => (i ? ['/', h('wbr'), part] : [part]));

/**
 * A cell's extra mark: the symbol for sighted users, words for screen readers.
 * @param {string} symbol
 * @param {string} key
 */
const mark = (symbol, key) => [
  h('span', { 'aria-hidden': 'true', text: ` ${symbol}` }),
  h('span', { class: 'visually-hidden', text: `, ${t(key)}` }),
];

/** @param {CovCtx} C */
export function renderMatrix(C) {
  const { cov } = C;
  const districts = cov.districts;
  const table = h(
    'table',
    { class: 'matrix', id: 'matrix' },
    h('caption', { class: 'visually-hidden', text: t('coverage.matrix-caption') }),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col', text: t('fact.need-area') }),
        districts.map((d) =>
          h('th', { scope: 'col', 'data-district': d.district.id, text: d.district.name }),
        ),
      ),
    ),
    h(
      'tbody',
      {},
      cov.needAreas.map((n, row) =>
        h(
          'tr',
          { 'data-need': n.id },
          h('th', { scope: 'row' }, withBreaks(n.label)),
          districts.map((d, col) => {
            const cell = d.cells.find((c) => c.needArea === n.id);
            if (!cell) return h('td', {});
            const st = stateOf(cell);
            const text = t(st.key);
            return h(
              'td',
              {},
              h(
                'button',
                {
                  type: 'button',
                  class: `cell ${st.cls}${cell.staleOnly ? ' stale' : ''}`,
                  'data-district': d.district.id,
                  'data-need': n.id,
                  'data-state': text,
                  'data-row': row,
                  'data-col': col,
                  'aria-pressed': 'false',
                  'aria-controls': 'cell-detail',
                  tabindex: row === 0 && col === 0 ? '0' : '-1',
                },
                h('span', { class: 'visually-hidden', text: `${d.district.name}, ${n.label}: ` }),
                h('span', { 'aria-hidden': 'true', text: `${st.symbol} ` }),
                text,
                cell.highEvidence ? mark('★', 'coverage.high-evidence') : null,
                // #13: the local options rest only on old sources.
                cell.staleOnly ? mark('⌛', 'coverage.stale') : null,
              ),
            );
          }),
        ),
      ),
    ),
  );
  fill(byId('matrix-wrap'), table);
  table.addEventListener('click', (e) => {
    const btn = e.target instanceof Element ? e.target.closest('button.cell') : null;
    if (btn instanceof HTMLElement) openCell(C, btn, true);
  });
  table.addEventListener('keydown', (e) =>
    arrowKeys(e, table, cov.needAreas.length, districts.length),
  );
}

/**
 * Arrow keys, Home/End (Ctrl: first/last row) move between cells.
 * @param {KeyboardEvent} e
 * @param {HTMLElement} table
 * @param {number} rows
 * @param {number} cols
 */
function arrowKeys(e, table, rows, cols) {
  const btn = e.target instanceof Element ? e.target.closest('button.cell') : null;
  if (!(btn instanceof HTMLElement)) return;
  let row = Number(btn.dataset.row);
  let col = Number(btn.dataset.col);
  switch (e.key) {
    case 'ArrowRight':
      col = Math.min(cols - 1, col + 1);
      break;
    case 'ArrowLeft':
      col = Math.max(0, col - 1);
      break;
    case 'ArrowDown':
      row = Math.min(rows - 1, row + 1);
      break;
    case 'ArrowUp':
      row = Math.max(0, row - 1);
      break;
    case 'Home':
      col = 0;
      if (e.ctrlKey) row = 0;
      break;
    case 'End':
      col = cols - 1;
      if (e.ctrlKey) row = rows - 1;
      break;
    default:
      return;
  }
  e.preventDefault();
  const next = table.querySelector(`button.cell[data-row="${row}"][data-col="${col}"]`);
  if (next instanceof HTMLElement) moveFocus(next);
}

/**
 * The one tab stop moves with focus.
 * @param {HTMLElement} btn
 */
export function moveFocus(btn) {
  for (const b of document.querySelectorAll('button.cell[tabindex="0"]'))
    /** @type {HTMLElement} */ (b).tabIndex = -1;
  btn.tabIndex = 0;
  btn.focus();
}
