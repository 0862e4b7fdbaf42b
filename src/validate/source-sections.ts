// Sections and verbatim quotes in the source documents (catalog/sources/*.txt).
// A citation names a document and a section heading; its quotes must occur inside that section.
// The same algorithm is implemented by /work/notes/check-quotes.mjs for editors (keep them in step):
//  - normalise: NFC; drop soft hyphens, HTML <sup>…</sup> and superscript footnote digits, markdown
//    emphasis (*); join line-break hyphenation ("-" + newline(s) + lowercase letter); collapse
//    whitespace; trim. Quotes and sections are normalised alike, so line breaks never matter.
//  - heading lines: when the document lists `headings` in catalog/sources.yaml (a hard-wrapped PDF
//    text, where short lines are not headings), exactly those; else, when it has markdown headings
//    ("# …"), exactly those; else every non-empty line of ≤ 100 characters without a TAB, not ending
//    in . , : ; ! ? and starting with a letter or an ASCII digit (footnote lines "⁴⁰ …" are body).
//  - section "H": the heading lines whose text equals H (else those starting with it; else any line
//    that is exactly H, e.g. a heading over 100 characters); a section
//    "H – Sub" not found whole is Sub, the first heading line equal to (else starting with) Sub after
//    an H. A section runs to the next heading line. A heading used more than once (slide titles) has
//    one section per use; a quote may be in any of them.

export interface SourceDoc {
  /** Normalised text of each heading line, by line index (undefined for body lines). */
  headings: (string | undefined)[];
  /** Trimmed lines of the document. */
  lines: string[];
  /** Each line normalised, computed once: sections are looked up ~1,000 times per validation. */
  normalised: string[];
  /** Normalised section bodies by their heading line, filled on first use. */
  bodies: Map<number, string>;
}

export function normaliseText(s: string): string {
  return s
    .normalize('NFC')
    .replace(/\u00AD/g, '')
    .replace(/<sup>[^<]*<\/sup>/g, '')
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, '')
    .replace(/\*/g, '')
    .replace(/-[ \t]*\n\s*(?=\p{Ll})/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const MARKDOWN_HEADING = /^#{1,6}\s+/;

function plainHeading(l: string): boolean {
  return (
    l.length > 0 &&
    l.length <= 100 &&
    !l.includes('\t') &&
    !/[.,:;!?]$/.test(l) &&
    /^[\p{L}0-9]/u.test(l)
  );
}

/** Parse a source document; `listed` are its headings from catalog/sources.yaml, if any. */
export function parseSource(text: string, listed?: readonly string[]): SourceDoc {
  const lines = text.split('\n').map((l) => l.trim());
  const listedSet = listed?.length ? new Set(listed.map(normaliseText)) : undefined;
  const markdown = !listedSet && lines.some((l) => MARKDOWN_HEADING.test(l));
  const headings = lines.map((l) => {
    if (listedSet) {
      const n = normaliseText(l);
      return listedSet.has(n) ? n : undefined;
    }
    if (markdown)
      return MARKDOWN_HEADING.test(l) ? normaliseText(l.replace(MARKDOWN_HEADING, '')) : undefined;
    return plainHeading(l) ? normaliseText(l) : undefined;
  });
  return { headings, lines, normalised: lines.map(normaliseText), bodies: new Map() };
}

function headingLines(doc: SourceDoc, heading: string, from = 0, first = false): number[] {
  const n = normaliseText(heading);
  for (const test of [(h: string) => h === n, (h: string) => h.startsWith(n)]) {
    const found: number[] = [];
    for (let i = from; i < doc.headings.length; i++) {
      const h = doc.headings[i];
      if (h !== undefined && test(h)) {
        found.push(i);
        if (first) return found;
      }
    }
    if (found.length) return found;
  }
  // A cited heading too long for the plain rule (a 120-character report title) still counts when a
  // whole line says exactly that.
  const whole: number[] = [];
  for (let i = from; i < doc.lines.length; i++) {
    if (doc.lines[i] && doc.normalised[i] === n) {
      whole.push(i);
      if (first) break;
    }
  }
  return whole;
}

/** Line indexes of the heading lines that start the cited section (empty: no such section). */
export function sectionStarts(doc: SourceDoc, section: string): number[] {
  const whole = headingLines(doc, section);
  if (whole.length || !section.includes(' – ')) return whole;
  const cut = section.indexOf(' – ');
  const [h, sub] = [section.slice(0, cut), section.slice(cut + 3)];
  const starts = new Set<number>();
  for (const i of headingLines(doc, h))
    for (const j of headingLines(doc, sub, i + 1, true)) starts.add(j);
  return [...starts].sort((a, b) => a - b);
}

/** The normalised body of the section starting at heading line `start`. */
export function sectionBody(doc: SourceDoc, start: number): string {
  let body = doc.bodies.get(start);
  if (body === undefined) {
    let end = start + 1;
    while (end < doc.lines.length && doc.headings[end] === undefined) end++;
    body = normaliseText(doc.lines.slice(start + 1, end).join('\n'));
    doc.bodies.set(start, body);
  }
  return body;
}

export type QuoteCheck = 'found' | 'section-not-found' | 'quote-not-found';

export function checkQuote(doc: SourceDoc, section: string, quote: string): QuoteCheck {
  const starts = sectionStarts(doc, section);
  if (!starts.length) return 'section-not-found';
  const q = normaliseText(quote);
  return starts.some((s) => sectionBody(doc, s).includes(q)) ? 'found' : 'quote-not-found';
}

/** Quotes of a source entry as a list (the schema allows one string or a list). */
export function quotesOf(s: { quote?: string | string[] }): string[] {
  return s.quote === undefined ? [] : Array.isArray(s.quote) ? s.quote : [s.quote];
}
