// /kalla/<id> – a source document's text with a cited passage highlighted (?citat=…) or a section
// heading marked (#avsnitt=…). Quotes are found the way the validator finds them: after
// normalising soft hyphens, footnote marks, emphasis, line-break hyphenation and whitespace
// (src/validate/source-sections.ts), so every quote the catalogue carries can be highlighted.
import { api, errorText, h, fill, showVersion } from './common.js';

const $ = (id) => document.getElementById(id);
const KIND = {
  report: 'rapport',
  list: 'förteckning',
  'decision-memo': 'tjänsteutlåtande',
  presentation: 'presentation',
};
const SUPERSCRIPT = /[⁰¹²³⁴⁵⁶⁷⁸⁹]/;

/** The normalised text and, per normalised character, its index in the raw text. */
export function normaliseWithMap(raw) {
  const out = [];
  const map = [];
  let i = 0;
  const push = (c, at) => {
    out.push(c);
    map.push(at);
  };
  while (i < raw.length) {
    const c = raw[i];
    if (c === '\u00AD' || c === '*' || SUPERSCRIPT.test(c)) {
      i++;
      continue;
    }
    if (raw.startsWith('<sup>', i)) {
      const end = raw.indexOf('</sup>', i);
      if (end > 0) {
        i = end + 6;
        continue;
      }
    }
    if (c === '-') {
      const m = /^-[ \t]*\n\s*(?=\p{Ll})/u.exec(raw.slice(i, i + 200));
      if (m) {
        i += m[0].length;
        continue;
      }
    }
    if (/\s/.test(c)) {
      if (out.length && out[out.length - 1] !== ' ') push(' ', i);
      i++;
      continue;
    }
    push(c, i);
    i++;
  }
  return { text: out.join(''), map };
}

export const normalise = (s) => normaliseWithMap(s.normalize('NFC')).text.trim();

/** [start, end) in the raw text of the passage, or null. */
export function findPassage(raw, quote) {
  const { text, map } = normaliseWithMap(raw);
  const q = normalise(quote);
  if (!q) return null;
  const at = text.indexOf(q);
  if (at < 0) return null;
  return [map[at], map[at + q.length - 1] + 1];
}

/** [start, end) of the first line that is the section heading (markdown # and * ignored). */
export function findHeading(raw, section) {
  const wanted = normalise(section.split(' – ').pop());
  const first = normalise(section);
  let offset = 0;
  for (const line of raw.split('\n')) {
    const t = normalise(line.replace(/^#{1,6}\s+/, ''));
    if (t && (t === first || t === wanted)) return [offset, offset + line.length];
    offset += line.length + 1;
  }
  return null;
}

async function main() {
  const id = decodeURIComponent(location.pathname.split('/').pop() || '');
  const status = $('source-status');
  let doc;
  try {
    doc = await api(`/api/v1/sources/${encodeURIComponent(id)}`);
  } catch (e) {
    status.textContent = errorText(e);
    $('main').dataset.state = 'ready';
    return;
  }
  showVersion(doc.catalogueVersion);
  document.title = `${doc.title} – Källa – Insatsguiden`;
  $('source-title').textContent = doc.title;
  $('source-meta').textContent = [
    doc.publisher,
    doc.date ? `daterad ${doc.date}` : 'odaterad',
    KIND[doc.kind] ?? doc.kind,
  ].join(' · ');

  const params = new URLSearchParams(location.search);
  const quote = params.get('citat');
  const section = new URLSearchParams(location.hash.slice(1)).get('avsnitt');
  const range = quote
    ? findPassage(doc.text, quote)
    : section
      ? findHeading(doc.text, section)
      : null;
  const box = $('source-text');
  if (range) {
    const [a, b] = range;
    const mark = h('mark', { id: 'citat', tabindex: '-1', text: doc.text.slice(a, b) });
    fill(box, doc.text.slice(0, a), mark, doc.text.slice(b));
    status.textContent = quote ? 'Det citerade avsnittet är markerat.' : 'Avsnittet är markerat.';
    mark.scrollIntoView({ block: 'center' });
    mark.focus({ preventScroll: true });
  } else {
    fill(box, doc.text);
    status.textContent =
      quote || section
        ? 'Det citerade avsnittet hittades inte i texten; hela dokumentet visas.'
        : 'Hela dokumentet visas.';
  }
  $('main').dataset.state = 'ready';
}

main();
