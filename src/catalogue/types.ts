// Domain types shared by the pipeline. The catalogue record types are generated from the schemas
// (src/catalogue/generated, `npm run gen:types`); the names here are kept so imports stay stable.
import type * as IT from './generated/intervention.js';
import type { Districts } from './generated/districts.js';
import type { Providers } from './generated/providers.js';
import type { SeedDocuments } from './generated/sources.js';
import type * as VT from './generated/vocabulary.js';
import type { RankingConfiguration } from './generated/ranking.js';
import type { DerivedFacts } from './generated/facts.js';
import type * as ST from './generated/search-terms.js';
import type * as SL from './generated/stated-lacks.js';

export type Level = IT.Intervention['level'];
export type Decision = IT.Intervention['decision'];

export type SourceRef = IT.Source;

/** A source document (catalog/sources.yaml). */
export type SeedDocumentMeta = SeedDocuments['documents'][number];

export type OfferedIn = IT.Intervention['offeredIn'][number];

export type Precondition = NonNullable<IT.Intervention['preconditions']>[number];

export type Intervention = IT.Intervention;

export type District = Districts['districts'][number];

export type Provider = Providers['providers'][number];

export type Label = VT.Labelled;

export type Vocabulary = VT.Vocabulary;

/** A json-rules-engine condition tree as written in rules/*.yaml. */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { fact: string; operator: string; value: unknown; path?: string };

export interface RuleDef {
  id: string;
  description: string;
  conditions: Condition;
  event: { interventions: string[]; weight: number; reason: string };
  /** The need area this rule file covers (from the file's `needArea`). */
  needArea: IT.NeedArea;
  file: string;
}

export type RankingConfig = RankingConfiguration;

export type FactsConfig = DerivedFacts;

/** How a profile field signals a need area (facts.yaml `needMapping`). */
export interface NeedSignal {
  fact: string;
  in?: unknown[];
  equals?: unknown;
}

/** catalog/search-terms.yaml (schemas/search-terms.schema.json): search weights and synonyms. */
export type SearchTerms = ST.SearchTerms;

/** catalog/stated-lacks.yaml, one entry. */
export type StatedLack = SL.Lack;
