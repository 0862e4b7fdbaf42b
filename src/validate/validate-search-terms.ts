// catalog/search-terms.yaml: schema first, then what a schema cannot say — every need area a
// synonym points to has a label in the vocabulary, and no phrase is listed twice (the second
// would silently merge two meanings).
import { problemAt, type YamlFile } from '../load/yaml-file.js';
import type { SearchTerms, Vocabulary } from '../catalogue/types.js';
import { checkFile } from './check-file.js';
import type { Problem } from '../catalogue/problem.js';

export function validateSearchTerms(
  y: YamlFile,
  vocabulary: Vocabulary | undefined,
): { terms?: SearchTerms; problems: Problem[] } {
  const checked = checkFile(y, 'search-terms');
  const problems = checked.problems;
  if (!checked.valid) return { problems };
  const terms = y.data as SearchTerms;
  const phrases = new Map<string, number>();
  terms.synonyms.forEach((s, i) => {
    s.phrases.forEach((phrase, j) => {
      const key = phrase.toLocaleLowerCase('sv').trim();
      const first = phrases.get(key);
      if (first !== undefined && first !== i) {
        problems.push(
          problemAt(y, ['synonyms', i, 'phrases', j], {
            code: 'DUPLICATE_PHRASE',
            message: `phrase already listed in synonym ${first + 1}`,
            value: phrase,
            allowed: 'each phrase in one synonym; list several need areas there instead',
          }),
        );
      } else phrases.set(key, i);
    });
    if (!s.needAreas && !s.words) {
      problems.push(
        problemAt(y, ['synonyms', i], {
          code: 'SYNONYM_WITHOUT_TARGET',
          message: 'a synonym must say what its phrases mean',
          allowed: 'needAreas, words or both',
        }),
      );
    }
    if (!vocabulary) return;
    (s.needAreas ?? []).forEach((id, j) => {
      if (!vocabulary.needAreas[id]) {
        problems.push(
          problemAt(y, ['synonyms', i, 'needAreas', j], {
            code: 'UNKNOWN_NEED_AREA',
            message: 'need area not in catalog/vocabulary.yaml',
            value: id,
            allowed: Object.keys(vocabulary.needAreas).join(', '),
          }),
        );
      }
    });
  });
  for (const level of vocabulary ? Object.keys(vocabulary.evidenceLevels) : []) {
    if (terms.weights.evidence[level] === undefined) {
      problems.push(
        problemAt(
          y,
          ['weights', 'evidence'],
          {
            code: 'MISSING_FACTOR',
            message: `no factor for evidence level '${level}'`,
            allowed: Object.keys(vocabulary!.evidenceLevels).join(', '),
          },
          true,
        ),
      );
    }
  }
  return { terms, problems };
}
