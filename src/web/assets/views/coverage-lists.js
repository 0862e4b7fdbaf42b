// @ts-check
// /tackning's lists: the city-wide basutbud (what every district covers locally) and the gaps per
// district, each with its central alternatives and the districts it can be bought from.
import { h, fill, byId } from '../dom.js';
import { t, joinSv } from '../text.js';
import { levelShort } from './coverage-shared.js';

/** @typedef {import('./coverage-shared.js').CovCtx} CovCtx */
/** @typedef {import('./coverage-shared.js').Cell} Cell */

/** @param {CovCtx} C */
export function renderBasutbud(C) {
  const n = C.cov.districts.length;
  fill(
    byId('basutbud'),
    C.cov.basutbud.length
      ? [
          h('strong', { text: `${t('coverage.basutbud', { count: n })}: ` }),
          `${joinSv(C.cov.basutbud.map(C.needLabel))}.`,
        ]
      : t('coverage.no-basutbud', { count: n }),
  );
}

/**
 * One gap of a district: the need, "hård lucka", central alternatives, other districts.
 * @param {CovCtx} C
 * @param {Cell} c
 */
function gapItem(C, c) {
  return h(
    'li',
    { class: 'gap-item', 'data-need': c.needArea },
    h('strong', { text: C.needLabel(c.needArea) }),
    c.hardGap ? h('span', { class: 'tag-hard', text: ` – ${t('coverage.hard-gap')}` }) : null,
    c.central.length
      ? [
          h('br'),
          `${t('coverage.central-alternatives')}: `,
          c.central.map((o, i) => [
            i ? ', ' : '',
            h('a', { href: `/insats/${encodeURIComponent(o.id)}`, text: o.name }),
            ` (${levelShort(o.level)})`,
          ]),
        ]
      : [h('br'), t('coverage.no-central')],
    c.otherDistricts.length
      ? [
          h('br'),
          `${t('coverage.in-other-districts')}: `,
          c.otherDistricts
            .map((o) => `${o.name} (${o.districts.map((x) => x.name).join(', ')})`)
            .join('; '),
        ]
      : null,
  );
}

/** @param {CovCtx} C */
export function renderDistrictGaps(C) {
  fill(
    byId('district-gaps'),
    C.cov.districts.map((d) => {
      const gaps = d.cells.filter((c) => c.gap);
      const hard = d.hardGaps.length;
      const summary = gaps.length
        ? t('coverage.gaps', {
            district: d.district.name,
            gaps: t(gaps.length === 1 ? 'coverage.gap.one' : 'coverage.gap.many', {
              count: gaps.length,
            }),
            hard: t(hard === 1 ? 'coverage.hard.one' : 'coverage.hard.many', { count: hard }),
          })
        : t('coverage.no-gaps', { district: d.district.name });
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
                gaps.map((c) => gapItem(C, c)),
              )
            : h('p', { text: t('coverage.all-local') }),
        ),
      );
    }),
  );
}
