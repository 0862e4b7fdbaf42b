// Step 2: validate every loaded file against its schema and the cross-file invariants.
// Collects *all* problems so an editor fixes a broken catalogue in one pass.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { LoadedFiles } from '../load/load-catalogue.js';
import { positionOf, problemAt, type YamlFile } from '../load/yaml-file.js';
import type {
  District,
  FactsConfig,
  Intervention,
  Provider,
  RankingConfig,
  RuleDef,
  SearchTerms,
  Vocabulary,
} from '../domain/types.js';
import { schemas, type SchemaName } from './schemas.js';
import { checkFile } from './check-file.js';
import type { Problem } from './problem.js';
import { needAreaIds, profileFactTypes } from '../recommend/fact-types.js';
import { validateRules } from './validate-rules.js';
import { WORDING_KEYS } from '../explain/wording.js';
import { SHOWN_AVAILABILITIES } from '../recommend/availability.js';
import { validateSearchTerms } from './validate-search-terms.js';
import { validateStatedLacks } from '../coverage/stated-lacks.js';
import type { StatedLack } from '../coverage/coverage-model.js';
import { checkProviderServices } from './provider-services.js';
import { checkCitations, loadSourceDocs, type CitationCheck } from './validate-sources.js';
import { reviewOverdue } from './review-window.js';
import { ruleNeedAreaWarnings } from './rule-need-areas.js';
import type { SeedDocumentMeta } from '../domain/types.js';

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

/**
 * Facts of a record that must be backed by a source's `supports` when present. Every field the
 * schema lists in `supports` is here once it holds a value: an empty `form` or `needAreas` is the
 * catalogue saying "unknown", and `needAreasReading` is an interpretation, not a fact (#13).
 */
export function presentFacts(r: Intervention): string[] {
  const f: string[] = ['name', 'summary', 'provider', 'referral'];
  if (r.targetGroup.length) f.push('targetGroup');
  if (r.needAreas.length) f.push('needAreas');
  if (r.form.length) f.push('form');
  if (r.decision !== 'unknown') f.push('decision');
  if (r.ageRange.min !== null || r.ageRange.max !== null) f.push('ageRange');
  if (r.offeredIn.length) f.push('offeredIn');
  if (r.evidence.level !== 'unknown') f.push('evidence');
  if (r.intensity) f.push('intensity');
  if (r.duration) f.push('duration');
  if (r.cost) f.push('cost');
  if (r.alternativeToPlacement) f.push('alternativeToPlacement');
  if (r.preconditions?.length) f.push('preconditions');
  if (r.eligibilityNotes?.length) f.push('eligibilityNotes');
  if (!r.offeredInStockholm) f.push('offeredInStockholm');
  return f;
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

  const districtsOk = checkSchema(files.districts, 'districts');
  const providersOk = checkSchema(files.providers, 'providers');
  const vocabularyOk = checkSchema(files.vocabulary, 'vocabulary');
  const sourcesOk = checkSchema(files.sources, 'sources');
  const factsOk = checkSchema(files.facts, 'facts');
  const rankingOk = checkSchema(files.ranking, 'ranking');
  const ranking = rankingOk ? (files.ranking!.data as RankingConfig) : undefined;

  const districts = districtsOk
    ? (files.districts!.data as { districts: District[] }).districts
    : [];
  const providers = providersOk
    ? (files.providers!.data as { providers: Provider[] }).providers
    : [];
  const vocabulary = vocabularyOk ? (files.vocabulary!.data as Vocabulary) : undefined;
  const seedDocuments = sourcesOk
    ? (files.sources!.data as { documents: ValidCatalogue['seedDocuments'] }).documents
    : [];
  const districtIds = new Set(districts.map((d) => d.id));
  const providerById = new Map(providers.map((p) => [p.id, p]));
  const seedNames = new Set(seedDocuments.map((d) => d.document));
  const boolFlags = Object.entries(profileFactTypes())
    .filter(([, t]) => t.kind === 'boolean')
    .map(([k]) => k);

  uniqueIds(files.districts, districts, 'districts', problems);
  uniqueIds(files.providers, providers, 'providers', problems);

  if (vocabulary && files.vocabulary) {
    const enumNeeds = needAreaIds();
    for (const id of enumNeeds) {
      if (!vocabulary.needAreas[id]) {
        problems.push(
          problemAt(
            files.vocabulary,
            ['needAreas'],
            {
              code: 'MISSING_LABEL',
              message: `need area '${id}' has no Swedish label`,
              allowed: 'a label for every need area in schemas/intervention.schema.json',
            },
            true,
          ),
        );
      }
    }
    for (const id of Object.keys(vocabulary.needAreas)) {
      if (!enumNeeds.includes(id)) {
        problems.push(
          problemAt(
            files.vocabulary,
            ['needAreas', id],
            {
              code: 'UNKNOWN_NEED_AREA',
              message: `label for a need area the schema does not define`,
              value: id,
              allowed: enumNeeds.join(', '),
            },
            true,
          ),
        );
      }
    }
  }

  if (sourcesOk && opts.seedsDir && existsSync(opts.seedsDir) && files.sources) {
    seedDocuments.forEach((d, i) => {
      if (!existsSync(path.join(opts.seedsDir!, d.document))) {
        problems.push(
          problemAt(files.sources!, ['documents', i, 'document'], {
            code: 'UNKNOWN_SEED',
            message: 'seed document not found',
            value: d.document,
            allowed: `a file in ${opts.seedsDir}`,
          }),
        );
      }
    });
  }

  // With the sources at hand (npm run validate, tests), every citation is checked against its text.
  const citations: CitationCheck = {
    docs: loadSourceDocs(opts.seedsDir, seedDocuments),
    requireQuotes: opts.requireQuotes ?? REQUIRE_QUOTES,
    problems,
    warnings,
  };

  // Interventions: schema, then cross-references.
  const interventions: Intervention[] = [];
  const names = new Map<string, { file: YamlFile; path: (string | number)[] }>();
  for (const y of files.interventions) {
    if (!checkSchema(y, 'intervention')) continue;
    const r = y.data as Intervention;
    const at = (p: (string | number)[], x: Omit<Problem, 'file' | 'line' | 'col'>, key = false) =>
      problems.push(problemAt(y, p, x, key));
    const expected = path.basename(y.file).replace(/\.ya?ml$/, '');
    if (r.id !== expected) {
      at(['id'], {
        code: 'ID_MISMATCH',
        message: 'id must equal the file name',
        value: r.id,
        allowed: expected,
      });
    }
    // Names and aliases must identify one record (case-insensitive) so search and editors never guess.
    const labels: [string, (string | number)[]][] = [
      [r.id, ['id']],
      [r.name, ['name']],
      ...r.aliases.map((a, i): [string, (string | number)[]] => [a, ['aliases', i]]),
    ];
    const seenHere = new Set<string>();
    for (const [label, p] of labels) {
      const key = label.toLocaleLowerCase('sv');
      if (seenHere.has(key)) continue;
      seenHere.add(key);
      const prev = names.get(key);
      if (prev && prev.file !== y) {
        const other = positionOf(prev.file, prev.path);
        at(p, {
          code: 'DUPLICATE_NAME',
          message: `name/alias already used by ${prev.file.file}:${other.line}:${other.col}`,
          value: label,
          allowed: 'ids, names and aliases unique across the catalogue',
        });
      } else if (!prev) names.set(key, { file: y, path: p });
    }
    const provider = providerById.get(r.provider);
    if (providersOk && !provider) {
      at(['provider'], {
        code: 'UNKNOWN_PROVIDER',
        message: 'provider not in catalog/providers.yaml',
        value: r.provider,
        allowed: [...providerById.keys()].join(', '),
      });
    } else if (provider && provider.level !== r.level) {
      at(['level'], {
        code: 'LEVEL_MISMATCH',
        message: `level must match provider '${provider.id}'`,
        value: r.level,
        allowed: provider.level,
      });
    }
    const seenDistricts = new Set<string>();
    r.offeredIn.forEach((o, i) => {
      if (districtsOk && !districtIds.has(o.district)) {
        at(['offeredIn', i, 'district'], {
          code: 'UNKNOWN_DISTRICT',
          message: 'district not in catalog/districts.yaml',
          value: o.district,
          allowed: [...districtIds].join(', '),
        });
      }
      if (seenDistricts.has(o.district)) {
        at(['offeredIn', i, 'district'], {
          code: 'DUPLICATE_DISTRICT',
          message: 'district listed twice',
          value: o.district,
          allowed: 'each district once',
        });
      }
      seenDistricts.add(o.district);
    });
    if ((r.level === 'central' || r.level === 'regional') && r.offeredIn.length) {
      at(['offeredIn'], {
        code: 'CENTRAL_OFFEREDIN',
        message: `a ${r.level} service serves every district; offeredIn must be empty`,
        allowed: '[]',
      });
    }
    if (r.ageRange.min !== null && r.ageRange.max !== null && r.ageRange.min > r.ageRange.max) {
      at(['ageRange', 'min'], {
        code: 'AGE_RANGE_ORDER',
        message: `min is greater than max (${r.ageRange.max})`,
        value: r.ageRange.min,
        allowed: `min ≤ max`,
      });
    }
    r.preconditions?.forEach((pc, i) => {
      if (pc.flag && !boolFlags.includes(pc.flag)) {
        at(['preconditions', i, 'flag'], {
          code: 'UNKNOWN_FLAG',
          message: 'precondition flag is not a boolean profile field',
          value: pc.flag,
          allowed: boolFlags.join(', '),
        });
      }
    });
    const allSources = [
      ...r.sources.map((s, i) => ({ s, p: ['sources', i, 'document'] as (string | number)[] })),
      ...(r.history ?? []).flatMap((h, i) => [
        { s: h.source, p: ['history', i, 'source', 'document'] as (string | number)[] },
        ...(h.supersededBy
          ? [
              {
                s: h.supersededBy,
                p: ['history', i, 'supersededBy', 'document'] as (string | number)[],
              },
            ]
          : []),
      ]),
    ];
    for (const { s, p } of allSources) {
      if (sourcesOk && !seedNames.has(s.document)) {
        at(p, {
          code: 'UNKNOWN_SEED',
          message: 'source document not in catalog/sources.yaml',
          value: s.document,
          allowed: [...seedNames].join(', '),
        });
      }
    }
    r.needAreasReading?.areas.forEach((n, i) => {
      if (r.needAreas.includes(n))
        at(['needAreasReading', 'areas', i], {
          code: 'READING_OF_SOURCED_NEED',
          message: 'need area is both sourced (needAreas) and a reading (needAreasReading)',
          value: n,
          allowed: 'a need area no cited passage states, or remove it from needAreasReading',
        });
    });
    checkCitations(y, r, citations);
    if (ranking) reviewOverdue(y, r, ranking, opts.today ?? new Date(), warnings);
    const supported = new Set(r.sources.flatMap((s) => s.supports ?? []));
    for (const fact of presentFacts(r)) {
      if (!supported.has(fact)) {
        at(
          [fact],
          {
            code: 'UNSOURCED_FACT',
            message: `'${fact}' is not backed by any source`,
            allowed: `list '${fact}' in the supports of the source that states it`,
          },
          true,
        );
      }
    }
    interventions.push(r);
  }

  const facts = factsOk ? (files.facts!.data as FactsConfig) : undefined;
  if (ranking && files.ranking && vocabulary) {
    for (const level of Object.keys(vocabulary.evidenceLevels)) {
      if (ranking.evidenceFactor[level] === undefined) {
        problems.push(
          problemAt(
            files.ranking,
            ['evidenceFactor'],
            {
              code: 'MISSING_FACTOR',
              message: `no factor for evidence level '${level}'`,
              allowed: Object.keys(vocabulary.evidenceLevels).join(', '),
            },
            true,
          ),
        );
      }
    }
  }
  if (vocabulary && files.vocabulary) {
    for (const key of WORDING_KEYS) {
      if (vocabulary.wording[key] === undefined)
        problems.push(
          problemAt(
            files.vocabulary,
            ['wording'],
            { code: 'MISSING_WORDING', message: `no sentence for '${key}'`, value: key },
            true,
          ),
        );
    }
  }
  if (ranking && files.ranking) {
    // Every availability a shown option can have needs exactly one access tier.
    const tiers = ranking.accessTiers.flatMap((t) => t.availabilities);
    for (const a of SHOWN_AVAILABILITIES) {
      const n = tiers.filter((x) => x === a).length;
      if (n !== 1)
        problems.push(
          problemAt(
            files.ranking,
            ['accessTiers'],
            {
              code: 'ACCESS_TIER',
              message: `availability '${a}' must be in exactly one access tier (found ${n})`,
              allowed: SHOWN_AVAILABILITIES.join(', '),
            },
            true,
          ),
        );
    }
  }
  if (facts && files.facts) {
    const known = profileFactTypes();
    for (const [need, signals] of Object.entries(facts.needMapping)) {
      signals.forEach((s, i) => {
        if (!known[s.fact]) {
          problems.push(
            problemAt(files.facts!, ['needMapping', need, i, 'fact'], {
              code: 'UNKNOWN_FACT',
              message: 'not a profile field',
              value: s.fact,
              allowed: Object.keys(known).join(', '),
            }),
          );
        }
      });
    }
  }

  if (providersOk && files.providers)
    checkProviderServices(files.providers, providers, interventions, citations);

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
        seedDocuments: sourcesOk ? seedNames : undefined,
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

function uniqueIds(
  y: YamlFile | undefined,
  items: { id: string }[],
  key: string,
  problems: Problem[],
) {
  if (!y) return;
  const seen = new Set<string>();
  items.forEach((it, i) => {
    if (seen.has(it.id)) {
      problems.push(
        problemAt(y, [key, i, 'id'], {
          code: 'DUPLICATE_ID',
          message: 'id used twice',
          value: it.id,
          allowed: 'unique ids',
        }),
      );
    }
    seen.add(it.id);
  });
}

export { schemas };
