// The section/quote algorithm: what counts as a heading in each kind of source text, and which
// differences between a quote and the source are ignored (and which are not).
import { expect } from 'chai';
import { checkQuote, normaliseText, parseSource } from '../src/validate/source-sections.js';

describe('source sections and quotes', () => {
  const plain = [
    'Inledning',
    'Ett stycke om något annat.',
    'Fältverksamheter',
    // A paragraph line (over 100 characters) broken with a hyphen, as in PDF text.
    'Enligt kartläggningen gäller detta i hela staden. Samtliga stads\u00ADdelsförvaltningar utom en har fältassis-',
    'tenter.¹² Det gäller både dag och kväll.',
    'Bromma',
    'Stadsdelen har en fält-grupp.',
    'Nästa rubrik',
    'Text under nästa rubrik.',
  ].join('\n');

  it('ignores soft hyphens, line-break hyphenation, footnote digits and line breaks', () => {
    const doc = parseSource(plain);
    expect(
      checkQuote(
        doc,
        'Fältverksamheter',
        'Samtliga stadsdelsförvaltningar utom en har fältassistenter.',
      ),
    ).to.equal('found');
  });

  it('keeps everything else verbatim: a changed word is not found', () => {
    const doc = parseSource(plain);
    expect(
      checkQuote(doc, 'Fältverksamheter', 'Samtliga stadsdelsförvaltningar har fältassistenter.'),
    ).to.equal('quote-not-found');
  });

  it('a section ends at the next heading, and "H – Sub" navigates to a sub-heading', () => {
    const doc = parseSource(plain);
    expect(checkQuote(doc, 'Fältverksamheter', 'Text under nästa rubrik.')).to.equal(
      'quote-not-found',
    );
    expect(checkQuote(doc, 'Fältverksamheter – Bromma', 'Stadsdelen har en fält-grupp.')).to.equal(
      'found',
    );
    expect(checkQuote(doc, 'Fältverksamheter – Farsta', 'Stadsdelen har en fält-grupp.')).to.equal(
      'section-not-found',
    );
  });

  it('in a markdown text only "#" lines are headings; <sup> and emphasis are ignored', () => {
    const doc = parseSource(
      '## **Rubrik.**\nKort rad\nHOPS står för *Homework* och mer.<sup>7</sup>\n### Nästa\nx',
    );
    expect(checkQuote(doc, 'Rubrik.', 'Kort rad HOPS står för Homework och mer.')).to.equal(
      'found',
    );
    // "Kort rad" is text, so the section "Rubrik." runs on to the next "#" line.
    expect(checkQuote(doc, 'Rubrik.', 'x')).to.equal('quote-not-found');
    expect(checkQuote(doc, 'Nästa', 'x')).to.equal('found');
  });

  it('with listed headings, other short lines of a wrapped text are body', () => {
    const text =
      'Bakgrund\n\nMST är ett program riktat till\n\nfamiljer med barn 10-18 år\n\nSID 2\n\nmer text.\nBilaga\nx';
    const doc = parseSource(text, ['Bakgrund', 'Bilaga']);
    expect(
      checkQuote(doc, 'Bakgrund', 'riktat till familjer med barn 10-18 år SID 2 mer text.'),
    ).to.equal('found');
    expect(checkQuote(parseSource(text), 'Bakgrund', 'riktat till familjer')).to.equal(
      'quote-not-found',
    );
  });

  it('a heading containing " – " is matched whole before it is read as "H – Sub"', () => {
    const doc = parseSource('Trygga barn – stöd och skydd\nText om skydd.\nAnnat\n');
    expect(checkQuote(doc, 'Trygga barn – stöd och skydd', 'Text om skydd.')).to.equal('found');
    expect(normaliseText('a\u00ADb  c')).to.equal('ab c');
  });
});
