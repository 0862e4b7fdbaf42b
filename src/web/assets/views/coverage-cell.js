// @ts-check
// One matrix cell opened: the district × need area's state in words and its options, grouped by
// how they can be had; the address keeps district= and needArea= so the cell can be linked to.
import { h, fill, byId } from '../dom.js';
import { t } from '../text.js';
import { STATE, stateOf, optionLink, levelShort } from './coverage-shared.js';

/** @typedef {import('./coverage-shared.js').CovCtx} CovCtx */

/**
 * @param {CovCtx} C
 * @param {HTMLElement} btn  the cell's button
 * @param {boolean} focusPanel
 */
export function openCell(C, btn, focusPanel) {
  const d = C.cov.districts.find((x) => x.district.id === btn.dataset.district);
  const cell = d?.cells.find((c) => c.needArea === btn.dataset.need);
  if (!d || !cell) return;
  for (const b of document.querySelectorAll('button.cell[aria-pressed="true"]'))
    b.setAttribute('aria-pressed', 'false');
  btn.setAttribute('aria-pressed', 'true');
  for (const b of document.querySelectorAll('button.cell[tabindex="0"]'))
    /** @type {HTMLElement} */ (b).tabIndex = -1;
  btn.tabIndex = 0;

  const st = stateOf(cell);
  /** @type {[string, HTMLElement[]][]} */
  const all = [
    [t('coverage.in-district'), cell.local.map((o) => optionLink(C, o))],
    [t('coverage.city-wide'), cell.central.map((o) => optionLink(C, o, levelShort(o.level)))],
    [
      t('coverage.other-districts'),
      cell.otherDistricts.map((o) => optionLink(C, o, o.districts.map((x) => x.name).join(', '))),
    ],
    [t('coverage.unknown-districts'), cell.unknownDistricts.map((o) => optionLink(C, o))],
    [t('coverage.not-in-stockholm'), cell.notInStockholm.map((o) => optionLink(C, o))],
  ];
  const groups = all.filter(([, items]) => items.length);
  const explain =
    st === STATE.local
      ? 'coverage.explain.local'
      : st === STATE.central
        ? 'coverage.explain.central'
        : 'coverage.explain.hard';

  const panel = byId('cell-detail');
  fill(
    panel,
    h('h3', {
      id: 'cell-title',
      tabindex: '-1',
      text: `${d.district.name} – ${C.needLabel(cell.needArea)}`,
    }),
    h(
      'p',
      {},
      h('span', { class: `swatch ${st.cls}`, 'aria-hidden': 'true', text: st.symbol }),
      ' ',
      h('strong', { text: t(st.key) }),
      ` – ${t(explain)}`,
    ),
    cell.staleOnly ? h('p', { class: 'stale-note', text: `⌛ ${t('coverage.stale-note')}` }) : null,
    groups.length
      ? groups.map(([title, items]) => [h('h4', { text: title }), h('ul', {}, items)])
      : h('p', { text: t('coverage.no-option') }),
    h(
      'p',
      { class: 'no-print' },
      h('button', {
        type: 'button',
        class: 'linklike',
        text: t('coverage.back-to-matrix'),
        onclick: () => btn.focus(),
      }),
    ),
  );
  panel.hidden = false;
  const url = new URL(location.href);
  url.searchParams.set('district', d.district.id);
  url.searchParams.set('needArea', cell.needArea);
  history.replaceState(null, '', url.pathname + url.search);
  if (focusPanel) byId('cell-title').focus();
}
