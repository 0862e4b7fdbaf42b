// Free-text search over the catalogue: lunr with the Swedish stemmer, diacritic folding, prefix and
// compound matching, synonyms and field weights from catalog/search-terms.yaml. Built once per
// catalogue version; user text never reaches lunr's query parser (query-plan.ts builds the clauses).
import lunr from 'lunr';
import type { Intervention, Provider, SearchTerms, Vocabulary } from '../domain/types.js';
import { needAreaToken, useSwedish, words } from './analyse.js';
import { TermList } from './compounds.js';
import { compileSynonyms } from './synonyms.js';
import { planQuery, type PlanContext } from './query-plan.js';
import { cardMaker, type SearchHit } from './hit-card.js';

export type { SearchHit } from './hit-card.js';

export interface SearchOptions {
  limit?: number;
  /** District id: availability of each hit relative to it. */
  district?: string;
}

export interface SearchIndex {
  search(query: string, opts?: SearchOptions): SearchHit[];
}

export interface SearchSource {
  interventions: Intervention[];
  vocabulary: Vocabulary;
  providers: Provider[];
  terms: SearchTerms;
}

/** The order of `matchedFields`. */
const FIELD_ORDER = [
  'name',
  'aliases',
  'provider',
  'level',
  'summary',
  'needAreas',
  'targetGroup',
] as const;

/**
 * Need areas as `#<id>` tokens, in a field of their own: lunr scores a field by cosine similarity
 * with the query's clauses for that field, so a need-area clause sharing a field with the typed
 * words would be normalised away. Its weight is the field's boost (weights.needArea); a match is
 * reported as `needAreas`.
 */
const NEED_AREA_FIELD = 'needAreaIds';

const DEFAULT_LIMIT = 20;

const round = (n: number): number => Math.round(n * 1e4) / 1e4;

export function buildSearchIndex(src: SearchSource): SearchIndex {
  const { interventions, vocabulary, terms } = src;
  const byId = new Map(interventions.map((i) => [i.id, i]));
  const providerName = new Map(src.providers.map((p) => [p.id, p.name]));
  const card = cardMaker();

  const index = lunr((builder) => {
    useSwedish(builder);
    builder.ref('id');
    for (const field of FIELD_ORDER) builder.field(field, { boost: terms.weights.fields[field] });
    builder.field(NEED_AREA_FIELD, { boost: terms.weights.needArea });

    for (const i of interventions) {
      // Arrays bypass lunr's tokenizer (which splits on spaces and hyphens only).
      builder.add({
        id: i.id,
        name: words(i.name),
        aliases: i.aliases.flatMap(words),
        provider: words(providerName.get(i.provider) ?? ''),
        level: words(vocabulary.levels[i.level] ?? ''),
        summary: words(i.summary),
        needAreas: i.needAreas.flatMap((id) => [
          ...words(vocabulary.needAreas[id]?.label ?? ''),
          ...words(id),
        ]),
        [NEED_AREA_FIELD]: i.needAreas.map(needAreaToken),
        targetGroup: i.targetGroup.flatMap((id) => words(vocabulary.targetGroups[id] ?? id)),
      });
    }
  });

  const indexed = (index.toJSON() as unknown as { invertedIndex: [string, unknown][] })
    .invertedIndex;
  const ctx: PlanContext = {
    needAreaField: NEED_AREA_FIELD,
    terms: new TermList(indexed.map(([t]) => t).filter((t) => !t.startsWith('#'))),
    synonyms: compileSynonyms(terms.synonyms),
    config: terms,
  };

  return {
    search(query: string, opts: SearchOptions = {}): SearchHit[] {
      const limit = opts.limit ?? DEFAULT_LIMIT;
      const max = Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) : DEFAULT_LIMIT;
      const clauses = typeof query === 'string' ? planQuery(query, ctx) : [];
      if (clauses.length === 0 || max === 0) return [];

      const results = index.query((q) => {
        for (const c of clauses) {
          q.term(c.term, {
            usePipeline: false,
            boost: c.boost,
            wildcard: c.prefix ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE,
            ...(c.fields ? { fields: c.fields } : {}),
          });
        }
      });

      return results
        .map((r) => {
          const factor = terms.weights.evidence[byId.get(r.ref)!.evidence.level] ?? 1;
          return { id: r.ref, score: round(r.score * factor), r };
        })
        .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .slice(0, max)
        .map(({ id, score, r }) => {
          const fields = new Set<string>();
          for (const byField of Object.values(r.matchData.metadata)) {
            for (const f of Object.keys(byField))
              fields.add(f === NEED_AREA_FIELD ? 'needAreas' : f);
          }
          return {
            ...card(byId.get(id)!, opts.district),
            score,
            matchedFields: FIELD_ORDER.filter((f) => fields.has(f)),
          };
        });
    },
  };
}
