// Free-text search over the catalogue: lunr with the Swedish stemmer, diacritic folding and
// prefix matching for compounds. Built once per catalogue version; user text never reaches
// lunr's query parser (we build clauses from our own tokens), so no input can throw.
import { createRequire } from 'node:module';
import lunr from 'lunr';
import type { Intervention, Vocabulary } from '../domain/types.js';

export interface SearchHit {
  id: string;
  name: string;
  score: number;
  matchedFields: string[];
}

export interface SearchIndex {
  search(query: string, limit?: number): SearchHit[];
}

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

/** Field → build-time boost; the order is also the order of `matchedFields`. */
const FIELDS = { name: 10, aliases: 10, needAreas: 2, targetGroup: 1, summary: 1 } as const;
type Field = keyof typeof FIELDS;
const FIELD_ORDER: Field[] = ['name', 'aliases', 'summary', 'needAreas', 'targetGroup'];

const DEFAULT_LIMIT = 20;
const MAX_QUERY_CHARS = 1000;
const MAX_TERMS = 12;
const MAX_TERM_LENGTH = 40;
// Shorter prefixes would match a large part of the vocabulary.
const MIN_PREFIX_LENGTH = 3;
const MIN_STEM_PREFIX_LENGTH = 4;
// Prefix (compound) matches count less than whole-word matches.
const PREFIX_BOOST = 0.3;

// Letters, digits and combining marks; everything else (punctuation, '/', '-', emoji, lunr
// operators like * ~ ^ : + -) separates words, so "alkohol/droger" and "MST-team" split.
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

function words(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(WORD) ?? [];
}

const FOLD_SPECIAL: Record<string, string> = { ø: 'o', æ: 'ae', ß: 'ss', đ: 'd', ł: 'l', œ: 'oe' };

/** "öppenvård" → "oppenvard": users often type without å ä ö. */
function fold(s: string): string {
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

lunr.Pipeline.registerFunction(stripDefinite, 'insatsguiden-strip-definite-sv');
lunr.Pipeline.registerFunction(foldToken, 'insatsguiden-fold');

// The same steps the builder runs (minus sv.trimmer, which `words` makes redundant and which would
// blank non-Latin words), so query terms are analysed exactly like indexed ones.
const analyse = new lunr.Pipeline();
analyse.add(sv.stopWordFilter, sv.stemmer, stripDefinite, foldToken);

// Stopwords typed without diacritics ("for", "pa", "nar") would otherwise survive and, as
// prefixes, match half the catalogue. Folded forms of lunr.sv's stopwords that contain å ä ö.
const FOLDED_STOPWORDS = new Set(
  'an ar at da dar for fran har nagon nagot nagra nar over pa sa sadan sadana sadant sjalv var vara vart'.split(
    ' ',
  ),
);

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

interface TermClauses {
  exact: string[];
  prefix?: string;
}

/** User text → at most MAX_TERMS analysed words, each with its exact terms and a prefix term. */
function queryTerms(query: string): TermClauses[] {
  const seen = new Set<string>();
  const out: TermClauses[] = [];
  for (const raw of words(query.slice(0, MAX_QUERY_CHARS))) {
    if (out.length >= MAX_TERMS) break;
    const word = raw.slice(0, MAX_TERM_LENGTH);
    const folded = fold(word);
    if (word.length < 2 || seen.has(word) || FOLDED_STOPWORDS.has(folded)) continue;
    seen.add(word);
    // Stemming the folded word too covers the rare rules that depend on ö (e.g. -löst).
    const exact = [...new Set([...analyse.runString(word), ...analyse.runString(folded)])];
    if (exact.length === 0) continue; // a stopword
    out.push({ exact, prefix: prefixTerm(folded, exact) });
  }
  return out;
}

const round = (n: number): number => Math.round(n * 1e4) / 1e4;

/**
 * The lunr index alone, as plain data: a reload builds it in a worker thread (the costly part of
 * a version) and the main thread only loads it.
 */
export function serializedSearchIndex(
  interventions: Intervention[],
  vocabulary: Vocabulary,
): object {
  return buildLunrIndex(interventions, vocabulary).toJSON();
}

export function buildSearchIndex(
  interventions: Intervention[],
  vocabulary: Vocabulary,
  serialized?: object,
): SearchIndex {
  const names = new Map(interventions.map((i) => [i.id, i.name]));
  const index = serialized
    ? lunr.Index.load(serialized)
    : buildLunrIndex(interventions, vocabulary);
  return searchOver(index, names);
}

function buildLunrIndex(interventions: Intervention[], vocabulary: Vocabulary): lunr.Index {
  return lunr((builder) => {
    builder.use(sv);
    builder.pipeline.remove(sv.trimmer);
    builder.pipeline.add(stripDefinite, foldToken);
    builder.searchPipeline.reset(); // unused: every clause is pre-analysed (usePipeline: false)
    builder.ref('id');
    for (const [field, boost] of Object.entries(FIELDS)) builder.field(field, { boost });

    for (const i of interventions) {
      // Arrays bypass lunr's tokenizer (which splits on spaces and hyphens only).
      builder.add({
        id: i.id,
        name: words(i.name),
        aliases: i.aliases.flatMap(words),
        summary: words(i.summary),
        needAreas: i.needAreas.flatMap((id) => [
          ...words(vocabulary.needAreas[id]?.label ?? ''),
          ...words(id),
        ]),
        targetGroup: i.targetGroup.flatMap((id) => words(vocabulary.targetGroups[id] ?? id)),
      });
    }
  });
}

function searchOver(index: lunr.Index, names: Map<string, string>): SearchIndex {
  return {
    search(query: string, limit = DEFAULT_LIMIT): SearchHit[] {
      const max = Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) : DEFAULT_LIMIT;
      const terms = typeof query === 'string' ? queryTerms(query) : [];
      if (terms.length === 0 || max === 0) return [];

      const results = index.query((q) => {
        for (const { exact, prefix } of terms) {
          q.term(exact, { usePipeline: false });
          if (prefix) {
            q.term(prefix, {
              usePipeline: false,
              wildcard: lunr.Query.wildcard.TRAILING,
              boost: PREFIX_BOOST,
            });
          }
        }
      });

      return results
        .map((r) => {
          const fields = new Set<string>();
          for (const byField of Object.values(r.matchData.metadata)) {
            for (const f of Object.keys(byField)) fields.add(f);
          }
          return {
            id: r.ref,
            name: names.get(r.ref) ?? r.ref,
            score: round(r.score),
            matchedFields: FIELD_ORDER.filter((f) => fields.has(f)),
          };
        })
        .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .slice(0, max);
    },
  };
}
