// @ts-check
// One option as a compact row (rank, name, badges, decision, one-line summary, first reason, Välj)
// that expands to the full card on click or Enter (a native <details>).
import {
  h,
  availabilityText,
  availabilityClass,
  displayName,
  HIGH_EVIDENCE,
  t,
} from '../common.js';
import { factRows, checkItems } from './facts.js';
import { sourceItems } from '../source-line.js';

/** @typedef {import('./types.js').Recommendation} Recommendation */
/** @typedef {import('./types.js').Labels} Labels */
/** @typedef {import('./types.js').Wording} Wording */

/**
 * The evidence badge: a link to "Om kunskapsläge" (not only a hover title).
 * @param {string} level
 * @param {Pick<Labels, 'evidence' | 'evidenceDescription'>} L
 */
export function evidenceBadge(level, L) {
  const high = HIGH_EVIDENCE.has(level);
  return h('a', {
    class: `badge evidence${high ? ' high' : ''}`,
    'data-badge': 'evidence',
    href: `/om-kunskapslage#${level}`,
    title: L.evidenceDescription(level),
    text: `${high ? '★ ' : ''}${t('badge.evidence', { level: L.evidence(level) })}`,
  });
}

/**
 * @param {Recommendation} r
 * @param {{ L: Labels, w: Wording, district: string | undefined, picked: boolean,
 *   detailQuery: string }} ctx
 */
export function optionRow(r, ctx) {
  const { L, w, district } = ctx;
  const name = displayName(r.name, r.aliases);
  const href = `/insats/${encodeURIComponent(r.id)}${ctx.detailQuery ? `?${ctx.detailQuery}` : ''}`;
  const checks = checkItems(r);
  const moreId = `mer-${r.id}`;
  const more = h(
    'div',
    { class: 'more', id: moreId, hidden: true },
    h('p', { class: 'access-note', text: r.accessNote }),
    h('p', { class: 'meta', text: `${t('card.why')}:` }),
    h(
      'ul',
      { class: 'reasons' },
      r.reasons.map((reason) => h('li', { text: reason })),
    ),
    checks.length
      ? h(
          'p',
          { class: 'caveats' },
          h('strong', { text: `${t('label.caveats')}: ` }),
          checks.join(' · '),
        )
      : null,
    h(
      'dl',
      { class: 'facts' },
      // The card's sources are the quoted source lines below, so not a second time as a fact row
      // (the compare table keeps the row: it has no room for quotes).
      factRows(r, L, w)
        .filter(([k]) => k !== t('fact.sources'))
        .map(([k, v]) => [h('dt', { text: k }), h('dd', { text: v })]),
    ),
    r.availabilityNote ? h('p', { class: 'meta', text: r.availabilityNote }) : null,
    h('p', { class: 'meta', text: `${t('fact.evidence')}: ${r.evidence.notes}` }),
    // Each source with its quotes: "Källa: <title> (<year>), avsnitt <section>: ”<quote>”".
    h('ul', { class: 'sources source-lines', 'data-id': r.id }, sourceItems(r.sources, L)),
  );
  const toggle = h('button', {
    type: 'button',
    class: 'more-toggle no-print',
    'aria-expanded': 'false',
    'aria-controls': moreId,
  });
  const toggleText = h('span', { text: t('card.more') });
  toggle.append(
    toggleText,
    h('span', { class: 'visually-hidden', text: ` ${t('card.about', { name })}` }),
  );
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    toggleText.textContent = t(open ? 'card.less' : 'card.more');
    more.hidden = !open;
  });
  return h(
    'li',
    { class: `card row ${availabilityClass(r.availability)}`, id: `kort-${r.id}`, 'data-id': r.id },
    h(
      'div',
      { class: 'card-head' },
      h('span', { class: 'rank', text: `${r.rank}.` }),
      h('h4', {}, h('a', { href, text: name })),
      h(
        'label',
        { class: 'pick no-print' },
        h('input', { type: 'checkbox', 'data-pick': r.id, checked: ctx.picked }),
        ` ${t('card.pick')}`,
        h('span', { class: 'visually-hidden', text: ` ${name}` }),
      ),
      toggle,
    ),
    h(
      'div',
      { class: 'row-line' },
      h(
        'ul',
        { class: 'badges', 'aria-label': t('card.badges') },
        h('li', {
          class: `badge ${availabilityClass(r.availability)}`,
          'data-badge': 'availability',
          title: r.accessNote,
          text: availabilityText(r.availability, r.offeredIn, L, !!district),
        }),
        h('li', {}, evidenceBadge(r.evidence.level, L)),
        h('li', { class: 'badge decision', text: L.decision(r.decision) }),
        r.alternativeToPlacement
          ? h('li', {
              class: 'badge placement',
              'data-badge': 'placement',
              text: t('fact.placement-alternative'),
            })
          : null,
      ),
      r.summary ? h('p', { class: 'row-summary', text: r.summary }) : null,
    ),
    h(
      'p',
      { class: 'row-reason' },
      h('strong', { text: `${t('label.reasons')}: ` }),
      r.reasons[0] ?? '',
    ),
    more,
  );
}
