// @ts-check
// "Om kunskapsläge": what each evidence level means, from the vocabulary (the same labels and
// descriptions as the badges). Every evidence badge links here, to the level's anchor.
import { h, fill, t } from '../common.js';

/**
 * @param {HTMLElement} container  the view's element
 * @param {{ evidenceLevels: Record<string, { label: string, description: string }> }} vocab
 */
export function renderEvidenceView(container, vocab) {
  fill(
    container,
    h('h1', { tabindex: '-1', text: t('evidence.title') }),
    h('p', {
      class: 'lead',
      text: t('evidence.lead'),
    }),
    h(
      'dl',
      { class: 'evidence-levels' },
      Object.entries(vocab.evidenceLevels).map(([id, l]) => [
        h('dt', { id, text: l.label }),
        h('dd', { text: l.description }),
      ]),
    ),
    h('p', {}, h('a', { href: '/', text: t('detail.back-home') })),
  );
  const target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
  target?.scrollIntoView();
}
