// @ts-check
// Finding a quote or a section heading in a source text the way the validator finds them: after
// normalising soft hyphens, footnote marks, emphasis, line-break hyphenation and whitespace
// (src/validate/source-sections.ts), so every quote the catalogue carries can be highlighted.

const SUPERSCRIPT = /[⁰¹²³⁴⁵⁶⁷⁸⁹]/;

/**
 * The normalised text and, per normalised character, its index in the raw text.
 * @param {string} raw
 */
export function normaliseWithMap(raw) {
  /** @type {string[]} */
  const out = [];
  /** @type {number[]} */
  const map = [];
  let i = 0;
  /**
   * @param {string} c
   * @param {number} at
   */
  const push = (c, at) => {
    out.push(c);
    map.push(at);
  };
  while (i < raw.length) {
    const c = raw.charAt(i);
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

/** @param {string} s */
export const normalise = (s) => normaliseWithMap(s.normalize('NFC')).text.trim();

/**
 * [start, end) in the raw text of the passage, or null.
 * @param {string} raw
 * @param {string} quote
 * @returns {[number, number] | null}
 */
export function findPassage(raw, quote) {
  const { text, map } = normaliseWithMap(raw);
  const q = normalise(quote);
  if (!q) return null;
  const at = text.indexOf(q);
  if (at < 0) return null;
  return [map[at] ?? 0, (map[at + q.length - 1] ?? 0) + 1];
}

/**
 * [start, end) of the first line that is the section heading (markdown # and * ignored).
 * @param {string} raw
 * @param {string} section
 * @returns {[number, number] | null}
 */
export function findHeading(raw, section) {
  const wanted = normalise(section.split(' – ').pop() ?? section);
  const first = normalise(section);
  let offset = 0;
  for (const line of raw.split('\n')) {
    const t = normalise(line.replace(/^#{1,6}\s+/, ''));
    if (t && (t === first || t === wanted)) return [offset, offset + line.length];
    offset += line.length + 1;
  }
  return null;
}
