// Domain types shared by the pipeline. They mirror schemas/*.json; the schemas are the contract.

export type Level = 'district' | 'central' | 'regional' | 'framework-agreement' | 'external';
export type Decision = 'service' | 'bistand' | 'both' | 'unknown';

export interface SourceRef {
  document: string;
  section: string;
  /** Verbatim passage(s) of the section supporting `supports`. */
  quote?: string | string[];
  supports?: string[];
}

/** A source document (catalog/sources.yaml). */
export interface SeedDocumentMeta {
  document: string;
  title: string;
  publisher: string;
  kind: 'report' | 'list' | 'decision-memo' | 'presentation';
  date: string | null;
  year: number | null;
  headings?: string[];
}

export interface OfferedIn {
  district: string;
  note?: string;
  /** `planned`: the source says the district is about to start it — not local availability. */
  status?: 'offered' | 'planned';
}

export interface Precondition {
  text: string;
  flag?: string;
  criminalityAtLeast?: 'at-risk' | 'suspected' | 'convicted';
}

export interface Intervention {
  id: string;
  name: string;
  aliases: string[];
  summary: string;
  targetGroup: string[];
  /** `strict: false`: soft bounds ("främst 12–20 år") — a child outside is ranked lower, not excluded. */
  ageRange: { min: number | null; max: number | null; strict?: boolean; note?: string };
  /** Need areas a cited passage states; [] = the sources do not state one. */
  needAreas: string[];
  /** The editors' reading where no passage states the need area: never treated as a sourced fact. */
  needAreasReading?: { areas: string[]; note: string };
  /** [] = the sources do not state the working form. */
  form: string[];
  intensity?: string;
  duration?: string;
  decision: Decision;
  provider: string;
  level: Level;
  offeredIn: OfferedIn[];
  offeredInStockholm: boolean;
  availabilityNote?: string;
  evidence: { level: string; notes: string; references?: string[] };
  alternativeToPlacement: boolean;
  cost?: {
    note: string;
    perDay?: number;
    currency?: string;
    comparisons?: { label: string; perDay: number }[];
  };
  referral: string;
  preconditions?: Precondition[];
  /** Conditions the profile does not ask (e.g. "för tjejer/kvinnor"), shown under "Att kontrollera". */
  eligibilityNotes?: string[];
  history?: { statement: string; source: SourceRef; supersededBy?: SourceRef }[];
  sources: SourceRef[];
  lastReviewed: string;
}

export interface District {
  id: string;
  name: string;
  area: 'inner' | 'outer';
}

export interface Provider {
  id: string;
  name: string;
  level: Level;
  parent?: string;
  description: string;
  /** The provider's activities in the order the cited source names them (search order). */
  services?: { ids: string[]; source: SourceRef };
  sources: SourceRef[];
}

export interface Label {
  label: string;
  description: string;
}

export interface Vocabulary {
  needAreas: Record<string, Label>;
  evidenceLevels: Record<string, Label>;
  targetGroups: Record<string, string>;
  forms: Record<string, string>;
  decisions: Record<string, string>;
  levels: Record<string, string>;
  /** Shared sentences with {name} placeholders (catalog/vocabulary.yaml `wording`). */
  wording: Record<string, string>;
}

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
  needArea: string;
  file: string;
}

export interface RankingConfig {
  defaultLimit: number;
  maxLimit: number;
  evidenceFactor: Record<string, number>;
  availabilityFactor: Record<string, number>;
  maxNeedFit: number;
  scoreDecimals: number;
  alternativeToPlacementBonus: number;
  placementRiskNeeds: string[];
  highEvidenceLevels: string[];
  /** Score factor for an option whose soft age range (`strict: false`) the child is outside. */
  softAgeFactor: number;
  /** Weight factor for a rule that reaches an option only through `needAreasReading` (not sourced). */
  readingFactor: number;
  /** A fact resting only on sources older than this many years is flagged as stale. */
  staleAfterYears: number;
  /** `npm run validate` warns for records whose `lastReviewed` is older than this. */
  reviewWindowMonths?: number;
  /** How an option can be had: tier 1 ranks above tier 2 above tier 3, whatever the scores. */
  accessTiers: { tier: number; availabilities: string[] }[];
  /** Citing one of these means a district-run option may also be called off the framework agreement. */
  callOffSources?: { document: string; section: string }[];
}

export interface FactsConfig {
  ageBands: { id: string; min: number; max: number }[];
  needMapping: Record<string, NeedSignal[]>;
  complexNeedsThreshold: number;
}

/** How a profile field signals a need area (facts.yaml `needMapping`). */
export interface NeedSignal {
  fact: string;
  in?: unknown[];
  equals?: unknown;
}

/** catalog/search-terms.yaml (schemas/search-terms.schema.json): search weights and synonyms. */
export interface SearchTerms {
  weights: {
    fields: Record<
      'name' | 'aliases' | 'provider' | 'level' | 'needAreas' | 'targetGroup' | 'summary',
      number
    >;
    prefix: number;
    compoundPart: number;
    needArea: number;
    synonymWord: number;
    evidence: Record<string, number>;
  };
  compounds: { minPartLength: number; linking: string[] };
  synonyms: { phrases: string[]; needAreas?: string[]; words?: string[]; note?: string }[];
}
