// /tackning – the equity view: district × need-area matrix (colour and text), the options in a
// cell, gaps per district with the central alternatives, the city-wide basutbud, what the
// districts say they lack (seed 003) and the planning view ("finns inte i Stockholm").
import { api, errorText, h, fill, vocabulary, makeLabels, showVersion, joinSv } from './common.js';

const $ = (id) => document.getElementById(id);

const STATE = {
  local: { cls: 'st-local', symbol: '●', text: 'Lokal' },
  central: { cls: 'st-central', symbol: '◆', text: 'Central' },
  hard: { cls: 'st-hard', symbol: '✕', text: 'Hård lucka' },
};

const LEVEL_SHORT = {
  district: 'stadsdel',
  central: 'central',
  regional: 'regional',
  'framework-agreement': 'ramavtal',
  external: 'utanför Stockholm',
};

function stateOf(cell) {
  if (!cell.gap) return STATE.local;
  return cell.hardGap ? STATE.hard : STATE.central;
}

let cov;
let L;
let highLevels = new Set();
const needLabel = (id) => cov.needAreas.find((n) => n.id === id)?.label ?? id;
const evidenceLabel = (id) => cov.evidenceLevels.find((e) => e.id === id)?.label ?? id;

function optionLink(o, extra) {
  return h(
    'li',
    { 'data-id': o.id },
    h('a', { href: `/insats/${encodeURIComponent(o.id)}`, text: o.name }),
    extra ? ` (${extra})` : '',
    highLevels.has(o.evidenceLevel)
      ? [
          h('span', { 'aria-hidden': 'true', text: ' ★' }),
          h('span', { class: 'visually-hidden', text: ' (hög evidens)' }),
        ]
      : null,
    h('span', { class: 'meta', text: ` – ${evidenceLabel(o.evidenceLevel)}` }),
  );
}

// ---------------------------------------------------------------- matrix

/** "Utagerande/normbrytande" may wrap after the slash in narrow columns. */
const withBreaks = (text) =>
  text.split('/').flatMap((part, i) => (i ? ['/', h('wbr'), part] : [part]));

function renderMatrix() {
  const districts = cov.districts;
  const table = h(
    'table',
    { class: 'matrix', id: 'matrix' },
    h('caption', {
      class: 'visually-hidden',
      text: 'Täckning per behovsområde (rader) och stadsdel (kolumner)',
    }),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col', text: 'Behovsområde' }),
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
            const st = stateOf(cell);
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
                  'data-state': st.text,
                  'data-row': row,
                  'data-col': col,
                  'aria-pressed': 'false',
                  'aria-controls': 'cell-detail',
                  tabindex: row === 0 && col === 0 ? '0' : '-1',
                },
                h('span', { class: 'visually-hidden', text: `${d.district.name}, ${n.label}: ` }),
                h('span', { 'aria-hidden': 'true', text: `${st.symbol} ` }),
                st.text,
                cell.highEvidence
                  ? [
                      h('span', { 'aria-hidden': 'true', text: ' ★' }),
                      h('span', { class: 'visually-hidden', text: ', hög evidens' }),
                    ]
                  : null,
                // #13: the local options rest only on old sources.
                cell.staleOnly
                  ? [
                      h('span', { 'aria-hidden': 'true', text: ' ⌛' }),
                      h('span', { class: 'visually-hidden', text: ', äldre uppgift' }),
                    ]
                  : null,
              ),
            );
          }),
        ),
      ),
    ),
  );
  fill($('matrix-wrap'), table);

  table.addEventListener('click', (e) => {
    const btn = e.target instanceof Element ? e.target.closest('button.cell') : null;
    if (btn) openCell(btn, true);
  });
  table.addEventListener('keydown', (e) => {
    const btn = e.target instanceof Element ? e.target.closest('button.cell') : null;
    if (!btn) return;
    let row = Number(btn.dataset.row);
    let col = Number(btn.dataset.col);
    const rows = cov.needAreas.length;
    const cols = districts.length;
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
    if (next) moveFocus(next);
  });
}

function moveFocus(btn) {
  for (const b of document.querySelectorAll('button.cell[tabindex="0"]')) b.tabIndex = -1;
  btn.tabIndex = 0;
  btn.focus();
}

function openCell(btn, focusPanel) {
  const d = cov.districts.find((x) => x.district.id === btn.dataset.district);
  const cell = d?.cells.find((c) => c.needArea === btn.dataset.need);
  if (!d || !cell) return;
  for (const b of document.querySelectorAll('button.cell[aria-pressed="true"]'))
    b.setAttribute('aria-pressed', 'false');
  btn.setAttribute('aria-pressed', 'true');
  for (const b of document.querySelectorAll('button.cell[tabindex="0"]')) b.tabIndex = -1;
  btn.tabIndex = 0;

  const st = stateOf(cell);
  const panel = $('cell-detail');
  const groups = [
    ['I stadsdelen', cell.local.map((o) => optionLink(o))],
    [
      'Centralt, regionalt och ramavtal – för alla stadsdelar',
      cell.central.map((o) => optionLink(o, LEVEL_SHORT[o.level])),
    ],
    [
      'I andra stadsdelar (kan köpas)',
      cell.otherDistricts.map((o) => optionLink(o, o.districts.map((x) => x.name).join(', '))),
    ],
    [
      'I stadsdelsförvaltning – källorna anger inte var',
      (cell.unknownDistricts ?? []).map((o) => optionLink(o)),
    ],
    ['Finns inte i Stockholm (planeringsunderlag)', cell.notInStockholm.map((o) => optionLink(o))],
  ].filter(([, items]) => items.length);

  fill(
    panel,
    h('h3', {
      id: 'cell-title',
      tabindex: '-1',
      text: `${d.district.name} – ${needLabel(cell.needArea)}`,
    }),
    h(
      'p',
      {},
      h('span', { class: `swatch ${st.cls}`, 'aria-hidden': 'true', text: st.symbol }),
      ' ',
      h('strong', { text: st.text }),
      st === STATE.local
        ? ' – stadsdelen har egen insats.'
        : st === STATE.central
          ? ' – ingen egen insats, men centrala alternativ finns.'
          : ' – varken egen eller central insats.',
    ),
    cell.staleOnly
      ? h('p', {
          class: 'stale-note',
          text: '⌛ Uppgifterna om stadsdelens egna insatser bygger bara på äldre källor – kontrollera med utföraren.',
        })
      : null,
    groups.length
      ? groups.map(([title, items]) => [h('h4', { text: title }), h('ul', {}, items)])
      : h('p', { text: 'Katalogen har ingen insats för behovet.' }),
    h(
      'p',
      { class: 'no-print' },
      h('button', {
        type: 'button',
        class: 'linklike',
        text: 'Tillbaka till matrisen',
        onclick: () => btn.focus(),
      }),
    ),
  );
  panel.hidden = false;
  const url = new URL(location.href);
  url.searchParams.set('district', d.district.id);
  url.searchParams.set('needArea', cell.needArea);
  history.replaceState(null, '', url.pathname + url.search);
  if (focusPanel) $('cell-title').focus();
}

// ---------------------------------------------------------------- lists

function renderBasutbud() {
  const n = cov.districts.length;
  fill(
    $('basutbud'),
    cov.basutbud.length
      ? [
          h('strong', { text: `Alla ${n} stadsdelar täcker lokalt: ` }),
          `${joinSv(cov.basutbud.map(needLabel))}.`,
        ]
      : `Inget behovsområde täcks lokalt av alla ${n} stadsdelar.`,
  );
}

function renderDistrictGaps() {
  fill(
    $('district-gaps'),
    cov.districts.map((d) => {
      const gaps = d.cells.filter((c) => c.gap);
      const summary = gaps.length
        ? `${d.district.name} – ${gaps.length} ${gaps.length === 1 ? 'lucka' : 'luckor'}, varav ${d.hardGaps.length} ${d.hardGaps.length === 1 ? 'hård' : 'hårda'}`
        : `${d.district.name} – inga luckor`;
      return h(
        'li',
        { 'data-district': d.district.id },
        h(
          'details',
          {},
          h('summary', { text: summary }),
          gaps.length
            ? h(
                'ul',
                { class: 'gap-list' },
                gaps.map((c) =>
                  h(
                    'li',
                    { class: 'gap-item', 'data-need': c.needArea },
                    h('strong', { text: needLabel(c.needArea) }),
                    c.hardGap ? h('span', { class: 'tag-hard', text: ' – hård lucka' }) : null,
                    c.central.length
                      ? [
                          h('br'),
                          'Centrala alternativ: ',
                          c.central.map((o, i) => [
                            i ? ', ' : '',
                            h('a', { href: `/insats/${encodeURIComponent(o.id)}`, text: o.name }),
                            ` (${LEVEL_SHORT[o.level]})`,
                          ]),
                        ]
                      : [h('br'), 'Inget centralt alternativ.'],
                    c.otherDistricts.length
                      ? [
                          h('br'),
                          'I andra stadsdelar: ',
                          c.otherDistricts
                            .map((o) => `${o.name} (${o.districts.map((x) => x.name).join(', ')})`)
                            .join('; '),
                        ]
                      : null,
                  ),
                ),
              )
            : h('p', { text: 'Varje behovsområde har minst en lokal insats.' }),
        ),
      );
    }),
  );
}

function namedText(o) {
  switch (o.availability) {
    case 'central':
      return `${LEVEL_SHORT[o.level]}, för alla stadsdelar`;
    case 'district':
      return `finns i ${joinSv(o.districts.map((d) => d.name))}`;
    case 'unknown-district':
      return 'i stadsdelsförvaltning, källorna anger inte var';
    case 'not-in-stockholm':
      return 'finns inte i Stockholm';
    default:
      return o.availability;
  }
}

function renderLacks() {
  const lacks = cov.statedLacks ?? [];
  if (!lacks.length) {
    $('lacks-source').textContent = 'Inga uppgifter om vad stadsdelarna saknar.';
    return;
  }
  const src = lacks[0].source;
  const central = lacks.filter((l) => l.existsCentrally).length;
  $('lacks-source').textContent =
    `Källa: ${L.document(src.document)}, avsnitt ”${src.section}”. ` +
    `För ${central} av ${lacks.length} saknade insatser finns redan ett centralt eller regionalt alternativ eller ramavtal.`;
  fill(
    $('lacks'),
    lacks.map((l) =>
      h(
        'li',
        { 'data-lack': l.id },
        h('p', {}, h('strong', { text: l.text })),
        l.needAreas.length
          ? h('p', { class: 'meta', text: `Behovsområden: ${joinSv(l.needAreas.map(needLabel))}` })
          : null,
        l.central.length
          ? [
              h('p', { text: 'Finns centralt:' }),
              h(
                'ul',
                {},
                l.central.map((o) => optionLink(o, LEVEL_SHORT[o.level])),
              ),
            ]
          : h('p', { text: 'Inget centralt alternativ i katalogen.' }),
        l.named?.length
          ? [
              h('p', { text: 'Insatser som nämns:' }),
              h(
                'ul',
                {},
                l.named.map((o) =>
                  h(
                    'li',
                    {},
                    h('a', { href: `/insats/${encodeURIComponent(o.id)}`, text: o.name }),
                    ` – ${namedText(o)}`,
                  ),
                ),
              ),
            ]
          : null,
        l.note ? h('p', { class: 'meta', text: l.note }) : null,
      ),
    ),
  );
}

function renderPlanning() {
  const rows = cov.planning.flatMap((p) => p.options.map((o) => ({ p, o })));
  if (!rows.length) {
    fill(
      $('planning'),
      h('p', { text: 'Katalogen har inga metoder som inte erbjuds i Stockholm.' }),
    );
    return;
  }
  fill(
    $('planning'),
    h(
      'table',
      { class: 'plain', id: 'planning-table' },
      h('caption', { class: 'visually-hidden', text: 'Metoder som inte finns i Stockholm' }),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['Behovsområde', 'Metod', 'Kunskapsläge', 'Utförare'].map((t) =>
            h('th', { scope: 'col', text: t }),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        rows.map(({ p, o }) =>
          h(
            'tr',
            {},
            h('td', { text: p.label }),
            h('td', {}, h('a', { href: `/insats/${encodeURIComponent(o.id)}`, text: o.name })),
            h('td', { text: evidenceLabel(o.evidenceLevel) }),
            h('td', { text: o.providerName ?? o.provider }),
          ),
        ),
      ),
    ),
  );
}

async function init() {
  const status = $('coverage-status');
  try {
    const [c, vocab] = await Promise.all([api('/api/v1/coverage'), vocabulary()]);
    cov = c;
    L = makeLabels(vocab, []);
  } catch (e) {
    status.textContent = `Täckningen kunde inte hämtas. ${errorText(e)}`;
    $('main').dataset.state = 'ready';
    return;
  }
  highLevels = new Set(cov.highEvidenceLevels ?? []);
  showVersion(cov.catalogueVersion);
  renderMatrix();
  renderBasutbud();
  renderDistrictGaps();
  renderLacks();
  renderPlanning();
  const gaps = cov.districts.reduce((n, d) => n + d.gaps.length, 0);
  const hard = cov.districts.reduce((n, d) => n + d.hardGaps.length, 0);
  status.textContent = `${cov.districts.length} stadsdelar och ${cov.needAreas.length} behovsområden: ${gaps} luckor, varav ${hard} hårda.`;

  const params = new URLSearchParams(location.search);
  const want = document.querySelector(
    `button.cell[data-district="${CSS.escape(params.get('district') ?? '')}"][data-need="${CSS.escape(params.get('needArea') ?? '')}"]`,
  );
  if (want) openCell(want, false);
  $('main').dataset.state = 'ready';
}

init();
