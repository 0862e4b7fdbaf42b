// @ts-check
// "Om kunskapsläge": what each evidence level means, from the vocabulary (the same labels and
// descriptions as the badges). Every evidence badge links here, to the level's anchor.
import { h, fill } from '../common.js';

/**
 * @param {HTMLElement} container  the view's element
 * @param {{ evidenceLevels: Record<string, { label: string, description: string }> }} vocab
 */
export function renderEvidenceView(container, vocab) {
  fill(
    container,
    h('h1', { tabindex: '-1', text: 'Om kunskapsläge' }),
    h('p', {
      class: 'lead',
      text: 'Kunskapsläget säger vad källorna anger om insatsens stöd i forskning och riktlinjer. Insatsguiden fyller aldrig i det källorna inte säger: då står det Okänt.',
    }),
    h(
      'dl',
      { class: 'evidence-levels' },
      Object.entries(vocab.evidenceLevels).map(([id, l]) => [
        h('dt', { id, text: l.label }),
        h('dd', { text: l.description }),
      ]),
    ),
    h('p', {}, h('a', { href: '/', text: '← Till startsidan' })),
  );
  const target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
  target?.scrollIntoView();
}
