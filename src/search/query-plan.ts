// User text → lunr clauses we build ourselves: the text never reaches lunr's query parser, so no
// input can throw. Each typed word is searched whole, as a prefix and by its compound parts; the
// synonyms add need areas and words. Weights come from catalog/search-terms.yaml.
import type { SearchTerms } from '../catalogue/types.js';
import { fold, needAreaToken, stems, words } from './analyse.js';
import { splitCompound, type TermList } from './compounds.js';
import type { SynonymMatcher } from './synonyms.js';

export const MAX_QUERY_CHARS = 1000;
export const MAX_TERMS = 12;
const MAX_TERM_LENGTH = 40;
// Shorter prefixes would match a large part of the vocabulary.
const MIN_PREFIX_LENGTH = 3;
const MIN_STEM_PREFIX_LENGTH = 4;

export interface Clause {
  term: string;
  boost: number;
  prefix: boolean;
  /** Only these fields (need-area tokens); all fields when absent. */
  fields?: string[];
}

/**
 * The prefix that finds compounds: "alkohol" → "alkoholberoende". Prefer the stem (always a prefix
 * of the word) so inflected words find compounds too ("våldet" → "våldsärenden", "skolan" →
 * "skolfrånvaro"); fall back to the whole word when the stem is too short to be selective
 * ("komet" stems to "kom").
 */
function prefixTerm(folded: string, exact: string[]): string | undefined {
  const stem = exact.reduce((a, b) => (b.length < a.length ? b : a));
  if (stem.length >= MIN_STEM_PREFIX_LENGTH && folded.startsWith(stem)) return stem;
  return folded.length >= MIN_PREFIX_LENGTH ? folded : undefined;
}

/** The first MAX_TERMS distinct, non-stopword words of the query, cut to MAX_TERM_LENGTH. */
function queryWords(query: string): { word: string; exact: string[] }[] {
  const seen = new Set<string>();
  const out: { word: string; exact: string[] }[] = [];
  for (const raw of words(query.slice(0, MAX_QUERY_CHARS))) {
    if (out.length >= MAX_TERMS) break;
    const word = raw.slice(0, MAX_TERM_LENGTH);
    if (word.length < 2 || seen.has(word)) continue;
    seen.add(word);
    const exact = stems(word);
    if (exact.length) out.push({ word, exact });
  }
  return out;
}

export interface PlanContext {
  /** The fields holding need-area tokens (stated, and the catalogue's readings). */
  needAreaFields: string[];
  terms: TermList;
  synonyms: SynonymMatcher;
  config: SearchTerms;
}

export function planQuery(query: string, ctx: PlanContext): Clause[] {
  const { weights, compounds } = ctx.config;
  // One clause per term and kind, at its highest boost: lunr sums repeated clauses.
  const clauses = new Map<string, Clause>();
  const add = (term: string, boost: number, prefix = false, fields?: string[]) => {
    const key = `${prefix ? '*' : '='}${term}`;
    const prev = clauses.get(key);
    if (!prev || prev.boost < boost) clauses.set(key, { term, boost, prefix, fields });
  };
  const addWord = (word: string, exact: string[], boost: number, parts: boolean) => {
    const folded = fold(word);
    for (const t of exact) add(t, boost);
    const prefix = prefixTerm(folded, exact);
    if (prefix) add(prefix, boost * weights.prefix, true);
    if (!parts) return;
    const split = splitCompound(folded, ctx.terms, compounds);
    if (!split) return;
    add(split.head, boost * weights.compoundPart, true);
    for (const t of split.tail) add(t, boost * weights.compoundPart);
  };

  const typed = queryWords(query);
  const matches = ctx.synonyms(new Set(typed.flatMap((w) => w.exact)));
  // Words a phrase of several words stands for ("missbruk förälder") are searched for that
  // meaning (its need areas) first and as free text only at weights.phraseWord: "förälder" alone
  // would otherwise rank every "föräldra…" service above those for parents' substance abuse.
  const covered = new Set(matches.flatMap((m) => m.covers));
  for (const { word, exact } of typed) {
    const inPhrase = exact.every((t) => covered.has(t));
    addWord(word, exact, inPhrase ? weights.phraseWord : 1, true);
  }

  for (const m of matches) {
    for (const id of m.needAreas) add(needAreaToken(id), 1, false, ctx.needAreaFields);
    for (const phrase of m.words) {
      for (const w of words(phrase)) {
        const exact = stems(w);
        if (exact.length) addWord(w, exact, weights.synonymWord, false);
      }
    }
  }
  return [...clauses.values()];
}
