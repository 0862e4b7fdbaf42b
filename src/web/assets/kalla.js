// @ts-check
// /kalla/<id> – a source document's text with a cited passage highlighted (?citat=…) or a section
// heading marked (#avsnitt=…), found by source-find.js.
import { api, vocabulary } from './api.js';
import { h, fill, byId } from './dom.js';
import { showVersion } from './labels.js';
import { t, errorText, setVocabulary } from './text.js';
import { findPassage, findHeading } from './source-find.js';

/**
 * "rapport", "förteckning" … (the kind itself when the vocabulary has no word for it).
 * @param {string} kind
 */
function kindText(kind) {
  const text = t(`source.kind.${kind}`);
  return text === `source.kind.${kind}` ? kind : text;
}

async function main() {
  const id = decodeURIComponent(location.pathname.split('/').pop() || '');
  const status = byId('source-status');
  let doc;
  try {
    const [d, vocab] = await Promise.all([
      api(`/api/v1/sources/${encodeURIComponent(id)}`),
      vocabulary(),
    ]);
    doc = d;
    setVocabulary(vocab);
  } catch (e) {
    status.textContent = errorText(e);
    byId('main').dataset.state = 'ready';
    return;
  }
  showVersion(doc.catalogueVersion);
  document.title = t('title.source', { title: doc.title });
  byId('source-title').textContent = doc.title;
  byId('source-meta').textContent = [
    doc.publisher,
    doc.date ? t('source.dated', { date: doc.date }) : t('source.undated'),
    kindText(doc.kind),
  ].join(' · ');

  const params = new URLSearchParams(location.search);
  const quote = params.get('citat');
  const section = new URLSearchParams(location.hash.slice(1)).get('avsnitt');
  const range = quote
    ? findPassage(doc.text, quote)
    : section
      ? findHeading(doc.text, section)
      : null;
  const box = byId('source-text');
  if (range) {
    const [a, b] = range;
    const mark = h('mark', { id: 'citat', tabindex: '-1', text: doc.text.slice(a, b) });
    fill(box, doc.text.slice(0, a), mark, doc.text.slice(b));
    status.textContent = t(quote ? 'source.quote-marked' : 'source.section-marked');
    mark.scrollIntoView({ block: 'center' });
    mark.focus({ preventScroll: true });
  } else {
    fill(box, doc.text);
    status.textContent = t(quote || section ? 'source.not-found' : 'source.whole');
  }
  byId('main').dataset.state = 'ready';
}

main();
