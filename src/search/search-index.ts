// Free-text search over the catalogue: lunr with the Swedish stemmer, diacritic folding, prefix and
// compound matching, synonyms and field weights from catalog/search-terms.yaml. Built once per
// catalogue version; user text never reaches lunr's query parser (query-plan.ts builds the clauses).
import lunr from 'lunr';
import type { Intervention, Provider, SearchTerms, Vocabulary } from '../catalogue/types.js';
import { needAreaToken, useSwedish, words } from './analyse.js';
import { TermList } from './compounds.js';
import { compileSynonyms } from './synonyms.js';
import { planQuery, type PlanContext } from './query-plan.js';
import { Scorer } from './scorer.js';
import { cardMaker, type SearchHit } from './hit-card.js';
import { providerQueries } from './provider-query.js';

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
const REPORT_ORDER = [...FIELD_ORDER, 'needAreasReading'];

/**
 * Need areas as `#<id>` tokens, in a field of their own: lunr scores a field by cosine similarity
 * with the query's clauses for that field, so a need-area clause sharing a field with the typed
 * words would be normalised away. Its weight is the field's boost (weights.needArea); a match is
 * reported as `needAreas`.
 */
const NEED_AREA_FIELD = 'needAreaIds';
/** The record's need areas that are only the catalogue's reading (#13): weights.needAreaReading. */
const READING_FIELD = 'needAreaReadingIds';

/** Index fields reported under another name in `matchedFields`. */
const FIELD_NAME: Record<string, string> = {
  [NEED_AREA_FIELD]: 'needAreas',
  [READING_FIELD]: 'needAreasReading',
};

const DEFAULT_LIMIT = 20;

const round = (n: number): number => Math.round(n * 1e4) / 1e4;

export function buildSearchIndex(src: SearchSource): SearchIndex {
  const { interventions, vocabulary, terms } = src;
  const providerName = new Map(src.providers.map((p) => [p.id, p.name]));
  const card = cardMaker(interventions);
  const providerOrder = providerQueries(src.providers, interventions);

  const index = lunr((builder) => {
    useSwedish(builder);
    builder.ref('id');
    for (const field of FIELD_ORDER) builder.field(field, { boost: terms.weights.fields[field] });
    builder.field(NEED_AREA_FIELD, { boost: terms.weights.needArea });
    builder.field(READING_FIELD, { boost: terms.weights.needAreaReading });

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
        [READING_FIELD]: (i.needAreasReading?.areas ?? []).map(needAreaToken),
        targetGroup: i.targetGroup.flatMap((id) => words(vocabulary.targetGroups[id] ?? id)),
      });
    }
  });

  const scorer = new Scorer(
    index,
    interventions.map((i) => i.id),
  );
  const termList = new TermList(scorer.terms);
  const fieldPos = new Map(scorer.fields.map((f, i) => [f, i]));
  const allFields = scorer.fields.map((_, i) => i);
  const ctx: PlanContext = {
    needAreaFields: [NEED_AREA_FIELD, READING_FIELD],
    terms: termList,
    synonyms: compileSynonyms(terms.synonyms),
    config: terms,
  };
  const matchedFields = (mask: number): string[] => {
    const named = new Set(
      scorer.fields.filter((_, i) => mask & (1 << i)).map((f) => FIELD_NAME[f] ?? f),
    );
    return REPORT_ORDER.filter((f) => named.has(f));
  };

  return {
    search(query: string, opts: SearchOptions = {}): SearchHit[] {
      const limit = opts.limit ?? DEFAULT_LIMIT;
      const max = Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) : DEFAULT_LIMIT;
      const clauses = typeof query === 'string' ? planQuery(query, ctx) : [];
      if (clauses.length === 0 || max === 0) return [];

      const scored = scorer.score(
        clauses.map((c) => ({
          terms: c.prefix ? termList.withPrefix(c.term) : termList.has(c.term) ? [c.term] : [],
          boost: c.boost,
          fields: c.fields ? c.fields.map((f) => fieldPos.get(f)!) : allFields,
        })),
      );

      // A query naming a provider lists its records first, in its source's order (provider-query.ts).
      const order = providerOrder(query);
      const place = (id: string): number => order?.get(id) ?? Number.POSITIVE_INFINITY;
      return scored
        .map((r) => {
          const i = interventions[r.doc]!;
          const factor = terms.weights.evidence[i.evidence.level] ?? 1;
          return { i, score: round(r.score * factor), mask: r.fieldMask, place: place(i.id) };
        })
        .sort(
          (a, b) =>
            (a.place === b.place ? 0 : a.place < b.place ? -1 : 1) ||
            b.score - a.score ||
            (a.i.id < b.i.id ? -1 : a.i.id > b.i.id ? 1 : 0),
        )
        .slice(0, max)
        .map(({ i, score, mask }) => ({
          ...card(i, opts.district),
          score,
          matchedFields: matchedFields(mask),
        }));
    },
  };
}
