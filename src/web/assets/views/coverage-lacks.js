// @ts-check
// /tackning's two source-based lists: what the districts say they lack (seed 003), with what the
// catalogue has centrally, and the planning view of methods not offered in Stockholm.
import { h, fill, byId } from '../dom.js';
import { t, joinSv } from '../text.js';
import { optionLink, levelShort } from './coverage-shared.js';

/** @typedef {import('./coverage-shared.js').CovCtx} CovCtx */

/**
 * Where a named intervention is, in words.
 * @param {{ availability: string, level?: string, districts?: { name: string }[] }} o
 */
function namedText(o) {
  switch (o.availability) {
    case 'central':
      return t('coverage.named.central', { level: levelShort(o.level) });
    case 'district':
      return t('coverage.named.district', {
        districts: joinSv((o.districts ?? []).map((d) => d.name)),
      });
    case 'unknown-district':
      return t('coverage.named.unknown-district');
    case 'not-in-stockholm':
      return t('coverage.named.not-in-stockholm');
    default:
      return o.availability;
  }
}

/** @param {CovCtx} C */
export function renderLacks(C) {
  const lacks = C.cov.statedLacks;
  const first = lacks[0];
  if (!first) {
    byId('lacks-source').textContent = t('coverage.lacks.none');
    return;
  }
  const src = first.source;
  const central = lacks.filter((l) => l.existsCentrally).length;
  byId('lacks-source').textContent = t('coverage.lacks.source', {
    document: C.L.document(src.document),
    section: src.section,
    central,
    total: lacks.length,
  });
  fill(
    byId('lacks'),
    lacks.map((l) =>
      h(
        'li',
        { 'data-lack': l.id },
        h('p', {}, h('strong', { text: l.text })),
        l.needAreas.length
          ? h('p', {
              class: 'meta',
              text: `${t('fact.need-areas')}: ${joinSv(l.needAreas.map(C.needLabel))}`,
            })
          : null,
        l.central.length
          ? [
              h('p', { text: `${t('coverage.lacks.central')}:` }),
              h(
                'ul',
                {},
                l.central.map((o) => optionLink(C, o, levelShort(o.level))),
              ),
            ]
          : h('p', { text: t('coverage.lacks.no-central') }),
        l.named?.length
          ? [
              h('p', { text: `${t('coverage.lacks.named')}:` }),
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

/** @param {CovCtx} C */
export function renderPlanning(C) {
  const rows = C.cov.planning.flatMap((p) => p.options.map((o) => ({ p, o })));
  if (!rows.length) {
    fill(byId('planning'), h('p', { text: t('coverage.planning.none') }));
    return;
  }
  const heads = ['fact.need-area', 'coverage.planning.method', 'fact.evidence', 'fact.provider'];
  fill(
    byId('planning'),
    h(
      'table',
      { class: 'plain', id: 'planning-table' },
      h('caption', { class: 'visually-hidden', text: t('coverage.planning.caption') }),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          heads.map((k) => h('th', { scope: 'col', text: t(k) })),
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
            h('td', { text: C.evidenceLabel(o.evidenceLevel) }),
            h('td', { text: o.providerName ?? o.provider }),
          ),
        ),
      ),
    ),
  );
}
