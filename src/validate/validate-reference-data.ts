// Cross-file checks of the reference data every record leans on: district and provider ids,
// vocabulary labels and wording, ranking factors and access tiers, the derived facts' mapping.
import { problemAt, type YamlFile } from '../load/yaml-file.js';
import type { FactsConfig, RankingConfig, Vocabulary } from '../catalogue/types.js';
import type { Problem, ProblemCode } from '../catalogue/problem.js';
import { needAreaIds, profileFactTypes } from '../catalogue/fact-types.js';
import { WORDING_KEYS } from '../catalogue/wording.js';
import { SHOWN_AVAILABILITIES, type ShownAvailability } from '../catalogue/availability.js';

export function uniqueIds(
  y: YamlFile | undefined,
  items: { id: string }[],
  key: string,
  problems: Problem[],
): void {
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

/** Every need area of the schema has a Swedish label, and every label names a need area. */
export function checkNeedAreaLabels(
  y: YamlFile,
  vocabulary: Vocabulary,
  problems: Problem[],
): void {
  const enumNeeds = needAreaIds();
  for (const id of enumNeeds) {
    if (!vocabulary.needAreas[id]) {
      problems.push(
        problemAt(
          y,
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
  const known = new Set<string>(enumNeeds);
  for (const id of Object.keys(vocabulary.needAreas)) {
    if (!known.has(id)) {
      problems.push(
        problemAt(
          y,
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

/** Every evidence level of the vocabulary has a ranking factor. */
export function checkEvidenceFactors(
  y: YamlFile,
  ranking: RankingConfig,
  vocabulary: Vocabulary,
  problems: Problem[],
): void {
  for (const level of Object.keys(vocabulary.evidenceLevels)) {
    if (ranking.evidenceFactor[level] === undefined) {
      problems.push(
        problemAt(
          y,
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

/** A wording key with no sentence in vocabulary.yaml `wording`, reported at `path`. */
const missingWording = (y: YamlFile, path: (string | number)[], key: string): Problem =>
  problemAt(
    y,
    path,
    { code: 'MISSING_WORDING', message: `no sentence for '${key}'`, value: key },
    true,
  );

/** Every sentence the server renders has its template in vocabulary.yaml `wording`. */
export function checkWording(y: YamlFile, vocabulary: Vocabulary, problems: Problem[]): void {
  for (const key of WORDING_KEYS)
    if (vocabulary.wording[key] === undefined) problems.push(missingWording(y, ['wording'], key));
}

/**
 * Every availability an answer shows must be in exactly one of the ranking's `key` entries;
 * `count` says in how many it is.
 */
function eachShownOnce(
  y: YamlFile,
  key: 'accessTiers' | 'resultGroups',
  code: ProblemCode,
  what: string,
  count: (a: ShownAvailability) => number,
  problems: Problem[],
): void {
  for (const a of SHOWN_AVAILABILITIES) {
    const n = count(a);
    if (n !== 1)
      problems.push(
        problemAt(
          y,
          [key],
          {
            code,
            message: `availability '${a}' must be in exactly one ${what} (found ${n})`,
            allowed: SHOWN_AVAILABILITIES.join(', '),
          },
          true,
        ),
      );
  }
}

/** Every availability a shown option can have needs exactly one access tier. */
export function checkAccessTiers(y: YamlFile, ranking: RankingConfig, problems: Problem[]): void {
  const tiers = ranking.accessTiers.flatMap((t) => t.availabilities);
  const count = (a: ShownAvailability) => tiers.filter((x) => x === a).length;
  eachShownOnce(y, 'accessTiers', 'ACCESS_TIER', 'access tier', count, problems);
}

/**
 * Every availability an answer shows is in exactly one result group (the page's headings and
 * filter, npm run recommend), and each group's wording exists.
 */
export function checkResultGroups(
  y: YamlFile,
  ranking: RankingConfig,
  vocabulary: Vocabulary | undefined,
  problems: Problem[],
): void {
  const count = (a: ShownAvailability) =>
    ranking.resultGroups.filter((g) => g.availabilities.includes(a)).length;
  eachShownOnce(y, 'resultGroups', 'RESULT_GROUP', 'result group', count, problems);
  for (const [i, g] of ranking.resultGroups.entries())
    for (const key of [g.heading, g.filter])
      if (vocabulary && vocabulary.wording[key] === undefined)
        problems.push(missingWording(y, ['resultGroups', i], key));
}

/** The need mapping of rules/facts.yaml reads only profile fields. */
export function checkNeedMapping(y: YamlFile, facts: FactsConfig, problems: Problem[]): void {
  const known = profileFactTypes();
  for (const [need, signals] of Object.entries(facts.needMapping)) {
    signals.forEach((s, i) => {
      if (!known[s.fact]) {
        problems.push(
          problemAt(y, ['needMapping', need, i, 'fact'], {
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
