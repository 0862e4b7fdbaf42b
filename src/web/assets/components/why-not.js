// @ts-check
// "Varför inte?": the options for the same needs that are not suggested (outside the age, missing
// preconditions, conditions not met), behind a toggle.
import { h } from '../dom.js';
import { t } from '../text.js';

/** @typedef {import('../results/types.js').Excluded} Excluded */

/**
 * @param {string} s
 */
const capitalised = (s) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * @param {Excluded[]} excluded
 */
export function whyNot(excluded) {
  const listId = 'why-not-list';
  const btn = h('button', {
    type: 'button',
    class: 'why-not-toggle',
    id: 'why-not-toggle',
    'aria-expanded': 'false',
    'aria-controls': listId,
    text: t('excluded.toggle', { count: excluded.length }),
  });
  const content = h(
    'div',
    { id: listId, hidden: true },
    excluded.length
      ? h(
          'ul',
          { class: 'plain-list' },
          excluded.map((x) =>
            h(
              'li',
              { 'data-id': x.id },
              h('a', { href: `/insats/${encodeURIComponent(x.id)}`, text: x.name }),
              h(
                'ul',
                {},
                x.why.map((w) => h('li', { text: capitalised(w) })),
              ),
            ),
          ),
        )
      : h('p', { text: t('excluded.none') }),
  );
  btn.addEventListener('click', () => {
    const open = btn.getAttribute('aria-expanded') !== 'true';
    btn.setAttribute('aria-expanded', String(open));
    content.hidden = !open;
  });
  return h(
    'section',
    { class: 'why-not', 'aria-labelledby': 'why-not-title' },
    h('h3', { id: 'why-not-title', text: t('label.why-not') }),
    h('p', { class: 'meta', text: t('excluded.intro') }),
    btn,
    content,
  );
}
