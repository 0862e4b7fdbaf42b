// The words social workers use, mapped to need areas and search words (catalog/search-terms.yaml).
// A phrase matches when each of its words, analysed like any query word, is among the query's
// terms — so order, inflection and å ä ö do not matter ("missbruk förälder", "föräldrars missbruk").
import type { SearchTerms } from '../catalogue/types.js';
import { stems, words } from './analyse.js';

export interface SynonymMatch {
  needAreas: string[];
  /** Extra words to search, as typed. */
  words: string[];
  /** Query terms a matched phrase of two or more words covers: the phrase means them together. */
  covers: string[];
}

interface Phrase {
  /** One set of alternative terms per word of the phrase. */
  parts: string[][];
  size: number;
  synonym: number;
}

export type SynonymMatcher = (queryTerms: ReadonlySet<string>) => SynonymMatch[];

export function compileSynonyms(synonyms: SearchTerms['synonyms']): SynonymMatcher {
  const phrases: Phrase[] = [];
  synonyms.forEach((s, synonym) => {
    for (const text of s.phrases) {
      const parts = words(text)
        .map(stems)
        .filter((p) => p.length > 0);
      if (parts.length) phrases.push({ parts, size: parts.length, synonym });
    }
  });

  return (queryTerms) => {
    const hits = phrases.filter((p) =>
      p.parts.every((alts) => alts.some((t) => queryTerms.has(t))),
    );
    // A phrase inside a longer matched phrase is not meant on its own: "missbruk förälder" is about
    // the parent, not the child's own "missbruk".
    const covering = (p: Phrase) =>
      hits.some(
        (q) =>
          q.size > p.size &&
          p.parts.every((alts) => q.parts.some((b) => b.some((t) => alts.includes(t)))),
      );
    const chosen = hits.filter((p) => !covering(p));
    const covers = new Map<number, Set<string>>();
    for (const p of chosen) {
      const c = covers.get(p.synonym) ?? new Set<string>();
      covers.set(p.synonym, c);
      if (p.size < 2) continue;
      for (const alts of p.parts) for (const t of alts) if (queryTerms.has(t)) c.add(t);
    }
    return [...covers.keys()]
      .sort((a, b) => a - b)
      .map((i) => ({
        needAreas: synonyms[i]!.needAreas ?? [],
        words: synonyms[i]!.words ?? [],
        covers: [...covers.get(i)!],
      }));
  };
}
