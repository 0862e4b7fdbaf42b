// Step 2: validate every loaded file against its schema and the cross-file invariants.
// Collects *all* problems so an editor fixes a broken catalogue in one pass. This file only
// orchestrates: each concern has its own module, called in the order the problems are reported.
import type { LoadedFiles } from '../load/load-catalogue.js';
import type { YamlFile } from '../load/yaml-file.js';
import type {
  District,
  FactsConfig,
  Intervention,
  Provider,
  RankingConfig,
  RuleDef,
  SearchTerms,
  SeedDocumentMeta,
  Vocabulary,
} from '../catalogue/types.js';
import { schemas, type SchemaName } from '../catalogue/schemas.js';
import { checkFile } from './check-file.js';
import type { Problem } from '../catalogue/problem.js';
import { validateRules } from './validate-rules.js';
import { ruleNeedAreaWarnings } from './rule-need-areas.js';
import { validateSearchTerms } from './validate-search-terms.js';
import { validateStatedLacks, type StatedLack } from './validate-stated-lacks.js';
import { checkSeedFiles, loadSourceDocs, type CitationCheck } from './validate-sources.js';
import { validateInterventions } from './validate-interventions.js';
import { checkProviderServices } from './provider-services.js';
import {
  checkAccessTiers,
  checkResultGroups,
  checkEvidenceFactors,
  checkNeedAreaLabels,
  checkNeedMapping,
  checkWording,
  uniqueIds,
} from './validate-reference-data.js';

export interface ValidCatalogue {
  districts: District[];
  providers: Provider[];
  vocabulary: Vocabulary;
  seedDocuments: SeedDocumentMeta[];
  interventions: Intervention[];
  rules: RuleDef[];
  facts: FactsConfig;
  ranking: RankingConfig;
  statedLacks: StatedLack[];
  searchTerms: SearchTerms;
}

export interface ValidateOptions {
  /** When set and present on disk, source documents must exist there (npm run validate). */
  seedsDir?: string;
  /** Override REQUIRE_QUOTES (tests). */
  requireQuotes?: boolean;
  /** "Today" for the review-window warning (tests). */
  today?: Date;
}

/** Every source entry must carry a verbatim quote (#13: all records converted). */
export const REQUIRE_QUOTES = true;

export function validateCatalogue(
  files: LoadedFiles,
  opts: ValidateOptions = {},
): { catalogue?: ValidCatalogue; problems: Problem[]; warnings: Problem[] } {
  const problems: Problem[] = [...files.problems];
  const warnings: Problem[] = [];

  const checkSchema = (y: YamlFile | undefined, name: SchemaName): boolean => {
    if (!y) return false;
    const r = checkFile(y, name);
    problems.push(...r.problems);
    return r.valid;
  };
  // The data of a file that passed its schema, else undefined.
  const valid = <T>(y: YamlFile | undefined, name: SchemaName): T | undefined =>
    checkSchema(y, name) ? (y!.data as T) : undefined;

  const districtsFile = valid<{ districts: District[] }>(files.districts, 'districts');
  const providersFile = valid<{ providers: Provider[] }>(files.providers, 'providers');
  const vocabulary = valid<Vocabulary>(files.vocabulary, 'vocabulary');
  const sourcesFile = valid<{ documents: SeedDocumentMeta[] }>(files.sources, 'sources');
  const facts = valid<FactsConfig>(files.facts, 'facts');
  const ranking = valid<RankingConfig>(files.ranking, 'ranking');

  const districts = districtsFile?.districts ?? [];
  const providers = providersFile?.providers ?? [];
  const seedDocuments = sourcesFile?.documents ?? [];
  const seedNames = sourcesFile ? new Set(seedDocuments.map((d) => d.document)) : undefined;

  uniqueIds(files.districts, districts, 'districts', problems);
  uniqueIds(files.providers, providers, 'providers', problems);
  if (vocabulary) checkNeedAreaLabels(files.vocabulary!, vocabulary, problems);
  if (sourcesFile && opts.seedsDir)
    checkSeedFiles(files.sources!, opts.seedsDir, seedDocuments, problems);

  // With the sources at hand (npm run validate, tests), every citation is checked against its text.
  const citations: CitationCheck = {
    docs: loadSourceDocs(opts.seedsDir, seedDocuments),
    requireQuotes: opts.requireQuotes ?? REQUIRE_QUOTES,
    problems,
    warnings,
  };
  const interventions = validateInterventions(files.interventions, {
    checkSchema: (y) => checkSchema(y, 'intervention'),
    providerById: providersFile ? new Map(providers.map((p) => [p.id, p])) : undefined,
    districtIds: districtsFile ? new Set(districts.map((d) => d.id)) : undefined,
    seedNames,
    citations,
    ranking,
    today: opts.today ?? new Date(),
    problems,
    warnings,
  });

  if (ranking && vocabulary) checkEvidenceFactors(files.ranking!, ranking, vocabulary, problems);
  if (vocabulary) checkWording(files.vocabulary!, vocabulary, problems);
  if (ranking) checkAccessTiers(files.ranking!, ranking, problems);
  if (ranking) checkResultGroups(files.ranking!, ranking, vocabulary, problems);
  if (facts) checkNeedMapping(files.facts!, facts, problems);
  if (providersFile) checkProviderServices(files.providers!, providers, interventions, citations);

  const rules = validateRules(files.rules, {
    interventionIds: new Set(interventions.map((i) => i.id)),
    allInterventionFiles: new Set(files.interventionFileIds),
    ageBandIds: facts?.ageBands.map((b) => b.id) ?? [],
    problems,
    checkSchema: (y) => checkSchema(y, 'rules'),
  });
  warnings.push(...ruleNeedAreaWarnings(files.rules, rules, interventions));

  const statedLacks = files.statedLacks
    ? validateStatedLacks(files.statedLacks, {
        interventionIds: new Set(files.interventionFileIds),
        seedDocuments: seedNames,
      })
    : { lacks: [], problems: [] };
  problems.push(...statedLacks.problems);

  const search = files.searchTerms
    ? validateSearchTerms(files.searchTerms, vocabulary)
    : { problems: [] };
  problems.push(...search.problems);

  if (problems.length || !vocabulary || !facts || !ranking || !search.terms)
    return { problems, warnings };
  return {
    catalogue: {
      districts,
      providers,
      vocabulary,
      seedDocuments,
      interventions,
      rules,
      facts,
      ranking,
      statedLacks: statedLacks.lacks,
      searchTerms: search.terms,
    },
    problems,
    warnings,
  };
}

export { schemas };
