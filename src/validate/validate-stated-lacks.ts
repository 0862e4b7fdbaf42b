// catalog/stated-lacks.yaml: what districts said they lack (seed 003). Read by the catalogue loader
// with every other file and validated here like the rest — schema first, then cross-references —
// with every problem at file:line:col.
import { problemAt, type YamlFile } from '../load/yaml-file.js';
import { checkFile } from './check-file.js';
import type { Problem } from '../catalogue/problem.js';
import type { StatedLack } from '../catalogue/types.js';

export type { StatedLack };

export interface StatedLacksContext {
  /** Ids of the interventions in the catalogue version the lacks are shown against. */
  interventionIds: ReadonlySet<string>;
  /** Seed document names from catalog/sources.yaml; when given, sources must name one of them. */
  seedDocuments?: ReadonlySet<string>;
}

/** Validate an already parsed stated-lacks file (schema, then cross-references). */
export function validateStatedLacks(
  y: YamlFile,
  ctx: StatedLacksContext,
): { lacks: StatedLack[]; problems: Problem[] } {
  const checked = checkFile(y, 'stated-lacks');
  const problems = checked.problems;
  if (!checked.valid) return { lacks: [], problems };

  const lacks = (y.data as { lacks: StatedLack[] }).lacks;
  const seen = new Set<string>();
  lacks.forEach((l, i) => {
    const at = (p: (string | number)[], x: Omit<Problem, 'file' | 'line' | 'col'>) =>
      problems.push(problemAt(y, ['lacks', i, ...p], x));
    if (seen.has(l.id))
      at(['id'], {
        code: 'DUPLICATE_ID',
        message: 'id used twice',
        value: l.id,
        allowed: 'unique ids',
      });
    seen.add(l.id);
    (l.interventions ?? []).forEach((id, j) => {
      if (!ctx.interventionIds.has(id)) {
        at(['interventions', j], {
          code: 'UNKNOWN_INTERVENTION',
          message: 'no intervention with this id in catalog/interventions/',
          value: id,
          allowed: 'the id (file name without .yaml) of an intervention record',
        });
      }
    });
    if (l.needAreas.length === 0 && !(l.interventions ?? []).length) {
      at(['needAreas'], {
        code: 'EMPTY_LACK',
        message: 'a lack needs at least one need area or one intervention that answers it',
        allowed: 'a non-empty needAreas or interventions list',
      });
    }
    if (ctx.seedDocuments && !ctx.seedDocuments.has(l.source.document)) {
      at(['source', 'document'], {
        code: 'UNKNOWN_SEED',
        message: 'source document not in catalog/sources.yaml',
        value: l.source.document,
        allowed: [...ctx.seedDocuments].join(', '),
      });
    }
  });
  return { lacks: problems.length ? [] : lacks, problems };
}
