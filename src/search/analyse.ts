// How text becomes search terms, the same way for the index and for queries: our own word
// splitting, lunr-languages' Swedish stopwords and stemmer, definite endings stripped, å ä ö folded.
import { createRequire } from 'node:module';
import lunr from 'lunr';

interface LunrSv {
  sv: lunr.Builder.Plugin & {
    trimmer: lunr.PipelineFunction;
    stopWordFilter: lunr.PipelineFunction;
    stemmer: lunr.PipelineFunction;
  };
}

// lunr-languages is CommonJS and patches the lunr object; guard so a second loader elsewhere in
// the process does not re-register (and warn about) its pipeline functions.
const require = createRequire(import.meta.url);
if (!('sv' in lunr)) {
  require('lunr-languages/lunr.stemmer.support')(lunr);
  require('lunr-languages/lunr.sv')(lunr);
}
const sv = (lunr as unknown as LunrSv).sv;

// Letters, digits and combining marks; everything else (punctuation, '/', '-', emoji, lunr
// operators like * ~ ^ : + -) separates words, so "alkohol/droger" and "MST-team" split.
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

export function words(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(WORD) ?? [];
}

const FOLD_SPECIAL: Record<string, string> = { ø: 'o', æ: 'ae', ß: 'ss', đ: 'd', ł: 'l', œ: 'oe' };

/** "öppenvård" → "oppenvard": users often type without å ä ö. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[øæßđłœ]/g, (c) => FOLD_SPECIAL[c] ?? c);
}

const SV_VOWELS = /[aeiouyäåö]/;

/** Snowball's Swedish R1: after the first non-vowel that follows a vowel, but at least at 3. */
function r1(word: string): number {
  for (let i = 1; i < word.length; i++) {
    if (SV_VOWELS.test(word[i - 1]!) && !SV_VOWELS.test(word[i]!)) return Math.max(i + 1, 3);
  }
  return word.length;
}

// The Snowball Swedish stemmer keeps the definite endings -et and -an ("våldet", "skolan"), so
// "våldet" would not find "våld". Strip them inside R1 after stemming, on index and query alike.
const stripDefinite: lunr.PipelineFunction = (token) =>
  token.update((s) => (/(?:et|an)$/.test(s) && s.length - 2 >= r1(s) ? s.slice(0, -2) : s));

// Fold after stopword filtering and stemming, which both need the real å ä ö. Only the folded
// form is indexed: indexing both forms would double-count diacritic words in scoring.
const foldToken: lunr.PipelineFunction = (token) => {
  const folded = token.update(fold);
  return folded.toString() === '' ? null : folded;
};

/**
 * Need areas are indexed as one token each, `#<id>`, so a synonym can point at a need area exactly.
 * User text can never produce such a token: `words` drops '#'.
 */
export const needAreaToken = (id: string): string => `#${id}`;

const STEPS = [sv.stopWordFilter, sv.stemmer, stripDefinite, foldToken];

// Words recur (in the catalogue, across queries, in every tail a compound split tries), so each
// word's result is remembered; bounded, cleared when full.
const MEMO_SIZE = 20_000;
const termMemo = new Map<string, string | null>();

function analyseWord(word: string): string | null {
  let t: lunr.Token | null | undefined = new lunr.Token(word, {});
  for (const step of STEPS) {
    const out = step(t, 0, [t]);
    t = Array.isArray(out) ? out[0] : out;
    if (!t) return null;
  }
  return t.toString();
}

// One pipeline function for the index: the Swedish steps for words, need-area tokens untouched.
const indexStep: lunr.PipelineFunction = (token) => {
  const word = token.toString();
  if (word.startsWith('#')) return token;
  let term = termMemo.get(word);
  if (term === undefined) {
    term = analyseWord(word);
    if (termMemo.size >= MEMO_SIZE) termMemo.clear();
    termMemo.set(word, term);
  }
  return term === null ? null : token.update(() => term);
};

lunr.Pipeline.registerFunction(indexStep, 'insatsguiden-sv');

/** Use on a lunr builder: the index pipeline above, nothing else. */
export function useSwedish(builder: lunr.Builder): void {
  builder.pipeline.reset();
  builder.pipeline.add(indexStep);
  builder.searchPipeline.reset(); // unused: every clause is pre-analysed (usePipeline: false)
}

// The same steps for query words (sv.trimmer is left out: `words` makes it redundant and it would
// blank non-Latin words).
const analysePipeline = new lunr.Pipeline();
analysePipeline.add(indexStep);

/** A word → its index terms ([] for a stopword). */
export const analyse = (word: string): string[] => analysePipeline.runString(word);

// Stopwords typed without diacritics ("for", "pa", "nar") would otherwise survive and, as
// prefixes, match half the catalogue. Folded forms of lunr.sv's stopwords that contain å ä ö.
export const FOLDED_STOPWORDS = new Set(
  'an ar at da dar for fran har nagon nagot nagra nar over pa sa sadan sadana sadant sjalv var vara vart'.split(
    ' ',
  ),
);

const stemMemo = new Map<string, string[]>();

/** Forget remembered stems (benchmarks measuring first sight). */
export function clearStemMemo(): void {
  stemMemo.clear();
  termMemo.clear();
}

/** A word's terms, typed with or without å ä ö (stemming the folded word too covers rules that need ö, e.g. -löst). */
export function stems(word: string): string[] {
  let s = stemMemo.get(word);
  if (s) return s;
  const folded = fold(word);
  s =
    word.startsWith('#') || FOLDED_STOPWORDS.has(folded)
      ? []
      : [...new Set([...analyse(word), ...analyse(folded)])];
  if (stemMemo.size >= MEMO_SIZE) stemMemo.clear();
  stemMemo.set(word, s);
  return s;
}
