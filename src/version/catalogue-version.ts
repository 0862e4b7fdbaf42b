// One fully built catalogue version: load → validate → compile → index, and every artefact that
// depends only on the version (rank table, cards, coverage, search index …) built eagerly here,
// so no step keeps a cache of its own. All of it is immutable except `runtime`, the explicitly
// mutable per-process part. The store swaps whole versions atomically, so a request always sees
// one consistent version. Steps do not import this file: each declares the slice it reads.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { loadFiles, type CatalogueLocation } from '../load/load-catalogue.js';
import { validateCatalogue, type ValidCatalogue } from '../validate/validate-catalogue.js';
import { CatalogueError, sortProblems } from '../catalogue/problem.js';
import type { District, Intervention, Provider } from '../catalogue/types.js';
import { compileRules, type CompiledRules } from '../engine/compile-rules.js';
import { plainNotesOf } from '../recommend/constraints.js';
import { factDeriver, type FactDeriver } from '../recommend/derive-facts.js';
import { rankTableOf, type RankTable } from '../rank/score.js';
import { buildSearchIndex, type SearchIndex } from '../search/search-index.js';
import { staleFactsOf, type StaleFact } from '../explain/stale-facts.js';
import { openApiDocument, type OpenApiDocument } from './openapi-document.js';
import { requestValidatorsFor, type RequestValidators } from './request-validators.js';
import { buildStaticCards, buildWhyNotTexts, type CardEntry } from '../explain/explain.js';
import { buildLeanCards } from '../explain/lean-card.js';
import { computeCoverage, type Coverage } from '../coverage/coverage-model.js';
import { buildNeedCells, type NeedCells } from '../coverage/needs-overview.js';
import { newVersionRuntime, type VersionRuntime } from './runtime.js';

export interface CatalogueVersion {
  /**
   * The content hash of catalogue + rules alone, e.g. "3f2a9c1b7d4e": two processes (or one
   * restarted) serving the same files agree on it, and so on every ETag derived from it.
   */
  version: string;
  hash: string;
  /** When this process built the version; told apart from the version on purpose. */
  loadedAt: string;
  catalogue: ValidCatalogue;
  interventions: Intervention[];
  interventionById: Map<string, Intervention>;
  /** Per-intervention ranking data (evidence factor, name order, availability), by position. */
  rankTable: RankTable;
  /** facts.yaml ready for deriving a profile's facts (recommend/derive-facts.ts). */
  factDeriver: FactDeriver;
  /** Constraint notes of each plain option, by position (null: not plain, computed per request). */
  plainNotes: readonly (string[] | null)[];
  /** Each intervention's static card and its JSON, and its lean static JSON, by id. */
  cards: ReadonlyMap<string, CardEntry>;
  leanCards: ReadonlyMap<string, string>;
  /** Why an option is not recommended when no rule fired for it, worded once. */
  whyNotTexts: ReadonlyMap<string, readonly string[]>;
  /** The coverage model (/tackning, /api/v1/coverage) and the needs overview's cells. */
  coverage: Coverage;
  needCells: NeedCells;
  /** The mutable part: memos, engine pools, request scratch, response bytes (runtime.ts). */
  runtime: VersionRuntime;
  districtById: Map<string, District>;
  providerById: Map<string, Provider>;
  rules: CompiledRules;
  /** The profile check of POST /api/v1/recommendations (from requestValidators). */
  validateProfile: ValidateFunction;
  /** The OpenAPI document this version serves (districts, limits and examples injected). */
  openApi: OpenApiDocument;
  /** Query and body validators compiled from that document. */
  requestValidators: RequestValidators;
  search: SearchIndex;
  /** Facts resting only on sources older than staleAfterYears, per intervention id. */
  staleFactsById: Map<string, StaleFact[]>;
  /** The source documents' text (catalog/sources/<document>), for /api/v1/sources and /kalla. */
  sourceTexts: Map<string, string>;
}

/**
 * Hash of every file's name and text. Names are taken relative to the catalogue or rules folder,
 * not to the project root, so a copy of the same files elsewhere has the same version.
 */
function contentHash(
  loc: CatalogueLocation,
  files: ({ file: string; text: string } | undefined)[],
): string {
  const hash = createHash('sha256');
  for (const y of files) {
    if (!y) continue;
    const abs = path.resolve(loc.root, y.file);
    const inRules = abs.startsWith(path.resolve(loc.rulesDir) + path.sep);
    const name = inRules
      ? `rules/${path.relative(loc.rulesDir, abs)}`
      : `catalog/${path.relative(loc.catalogDir, abs)}`;
    hash.update(name.split(path.sep).join('/')).update('\0').update(y.text).update('\0');
  }
  return hash.digest('hex').slice(0, 12);
}

function readSourceTexts(catalogDir: string, documents: readonly { document: string }[]) {
  const texts = new Map<string, string>();
  for (const d of documents) {
    const f = path.join(catalogDir, 'sources', d.document);
    if (existsSync(f)) texts.set(d.document, readFileSync(f, 'utf8'));
  }
  return texts;
}

/**
 * What a worker thread can build and hand over as plain data: the files read, parsed and
 * validated, and their content hash. Everything after it holds functions (json-rules-engine
 * engines, ajv validators, the search index) and is built on the thread that serves.
 */
export interface PreparedCatalogue {
  catalogue: ValidCatalogue;
  hash: string;
  /** The source documents' text, read with the files (a Map survives structured cloning). */
  sourceTexts: Map<string, string>;
}

export async function prepareCatalogue(
  loc: CatalogueLocation,
  opts: { seedsDir?: string } = {},
): Promise<PreparedCatalogue> {
  const files = await loadFiles(loc);
  const { catalogue, problems } = validateCatalogue(files, opts);
  if (!catalogue) throw new CatalogueError(sortProblems(problems));
  const all = [
    files.districts,
    files.providers,
    files.vocabulary,
    files.sources,
    files.searchTerms,
    files.statedLacks,
    files.facts,
    files.ranking,
    ...files.interventions,
    ...files.rules,
  ];
  return {
    catalogue,
    hash: contentHash(loc, all),
    sourceTexts: readSourceTexts(loc.catalogDir, catalogue.seedDocuments),
  };
}

export async function buildVersion(
  loc: CatalogueLocation,
  opts: { seedsDir?: string } = {},
): Promise<CatalogueVersion> {
  return assembleVersion(await prepareCatalogue(loc, opts));
}

/** The operation whose body is the profile. */
const PROFILE_OPERATION = 'post /api/v1/recommendations';

/**
 * The rest of a version, in steps separated by `pause` (a reload passes one that yields to the
 * event loop, so requests are answered between the steps).
 */
export async function assembleVersion(
  prepared: PreparedCatalogue,
  pause: () => Promise<void> = async () => undefined,
  previous?: Pick<CatalogueVersion, 'openApi' | 'requestValidators'>,
): Promise<CatalogueVersion> {
  const { catalogue, hash: digest } = prepared;
  const loadedAt = new Date().toISOString();
  const interventions = [...catalogue.interventions].sort((a, b) => (a.id < b.id ? -1 : 1));
  const interventionById = new Map(interventions.map((i) => [i.id, i]));
  await pause();
  const rules = compileRules(
    catalogue.rules,
    catalogue.facts,
    interventions,
    catalogue.ranking.readingFactor,
  );
  await pause();
  const rankTable = rankTableOf(
    interventions,
    catalogue.districts,
    catalogue.ranking,
    catalogue.vocabulary.wording,
  );
  await pause();
  const search = buildSearchIndex({
    interventions,
    vocabulary: catalogue.vocabulary,
    providers: catalogue.providers,
    terms: catalogue.searchTerms,
  });
  const year = new Date(loadedAt).getUTCFullYear();
  const staleFactsById = new Map(
    interventions.map((i) => [
      i.id,
      staleFactsOf(
        i,
        catalogue.seedDocuments,
        catalogue.ranking.staleAfterYears,
        year,
        catalogue.vocabulary.wording,
      ),
    ]),
  );
  const parts = {
    version: digest,
    hash: digest,
    loadedAt,
    catalogue,
    interventions,
    interventionById,
    rankTable,
    factDeriver: factDeriver(catalogue.facts),
    plainNotes: plainNotesOf(rankTable, catalogue.vocabulary.wording),
    districtById: new Map(catalogue.districts.map((d) => [d.id, d])),
    providerById: new Map(catalogue.providers.map((p) => [p.id, p])),
    rules,
    search,
    staleFactsById,
    sourceTexts: prepared.sourceTexts,
  };
  await pause();
  const cards = buildStaticCards(parts);
  const coverage = computeCoverage(parts, catalogue.statedLacks);
  const openApi = openApiDocument(parts);
  await pause();
  const requestValidators = requestValidatorsFor(openApi, previous);
  return {
    ...parts,
    cards,
    leanCards: buildLeanCards(cards),
    whyNotTexts: buildWhyNotTexts(parts),
    coverage,
    needCells: buildNeedCells(interventions, coverage),
    openApi,
    requestValidators,
    // The very validator POST /recommendations applies, so the CLI and the case harness check a
    // profile exactly as the API does (and the profile schema is compiled once per version).
    validateProfile: requestValidators.get(PROFILE_OPERATION)!.body!,
    runtime: newVersionRuntime(rules, interventions.length),
  };
}
