// catalog/interventions/<id>.yaml: each record's schema, then its references to the reference
// data (providers, districts, sources, profile flags), its citations and its sourced facts.
import path from 'node:path';
import { positionOf, problemAt, type YamlFile } from '../load/yaml-file.js';
import type { Intervention, Provider, RankingConfig, SourceRef } from '../catalogue/types.js';
import type { Problem } from '../catalogue/problem.js';
import { profileFactTypes } from '../catalogue/fact-types.js';
import { checkCitations, checkCitedDocuments, type CitationCheck } from './validate-sources.js';
import { reviewOverdue } from './review-window.js';

export interface InterventionContext {
  /** Schema check of one file; adds its problems and says whether the data may be read. */
  checkSchema: (y: YamlFile) => boolean;
  /** Undefined when providers.yaml failed its schema (then providers are not cross-checked). */
  providerById?: ReadonlyMap<string, Provider>;
  districtIds?: ReadonlySet<string>;
  seedNames?: ReadonlySet<string>;
  citations: CitationCheck;
  ranking?: RankingConfig;
  today: Date;
  problems: Problem[];
  warnings: Problem[];
}

type Fact = NonNullable<SourceRef['supports']>[number];

/**
 * Facts of a record that must be backed by a source's `supports` when present. Every field the
 * schema lists in `supports` is here once it holds a value: an empty `form` or `needAreas` is the
 * catalogue saying "unknown", and `needAreasReading` is an interpretation, not a fact (#13).
 */
export function presentFacts(r: Intervention): Fact[] {
  const f: Fact[] = ['name', 'summary', 'provider', 'referral'];
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

type At = (
  p: (string | number)[],
  x: Omit<Problem, 'file' | 'line' | 'col'>,
  key?: boolean,
) => void;
type Names = Map<string, { file: YamlFile; path: (string | number)[] }>;

/** The records that pass their schema, in file order; problems go to `ctx.problems`. */
export function validateInterventions(
  files: readonly YamlFile[],
  ctx: InterventionContext,
): Intervention[] {
  const interventions: Intervention[] = [];
  const names: Names = new Map();
  const boolFlags = Object.entries(profileFactTypes())
    .filter(([, t]) => t.kind === 'boolean')
    .map(([k]) => k);
  for (const y of files) {
    if (!ctx.checkSchema(y)) continue;
    const r = y.data as Intervention;
    const at: At = (p, x, key = false) => ctx.problems.push(problemAt(y, p, x, key));
    const expected = path.basename(y.file).replace(/\.ya?ml$/, '');
    if (r.id !== expected) {
      at(['id'], {
        code: 'ID_MISMATCH',
        message: 'id must equal the file name',
        value: r.id,
        allowed: expected,
      });
    }
    uniqueNames(y, r, names, at);
    checkProvider(r, ctx.providerById, at);
    checkDistricts(r, ctx.districtIds, at);
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
    r.needAreasReading?.areas.forEach((n, i) => {
      if (r.needAreas.includes(n))
        at(['needAreasReading', 'areas', i], {
          code: 'READING_OF_SOURCED_NEED',
          message: 'need area is both sourced (needAreas) and a reading (needAreasReading)',
          value: n,
          allowed: 'a need area no cited passage states, or remove it from needAreasReading',
        });
    });
    if (ctx.seedNames) checkCitedDocuments(y, r, ctx.seedNames, ctx.problems);
    checkCitations(y, r, ctx.citations);
    if (ctx.ranking) reviewOverdue(y, r, ctx.ranking, ctx.today, ctx.warnings);
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
  return interventions;
}

/** Names and aliases must identify one record (case-insensitive) so search and editors never guess. */
function uniqueNames(y: YamlFile, r: Intervention, names: Names, at: At): void {
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
}

function checkProvider(
  r: Intervention,
  providerById: ReadonlyMap<string, Provider> | undefined,
  at: At,
): void {
  const provider = providerById?.get(r.provider);
  if (providerById && !provider) {
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
}

function checkDistricts(r: Intervention, districtIds: ReadonlySet<string> | undefined, at: At) {
  const seenDistricts = new Set<string>();
  r.offeredIn.forEach((o, i) => {
    if (districtIds && !districtIds.has(o.district)) {
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
}
