// catalog/stated-lacks.yaml: what districts said they lack (seed 003). Loaded and validated like the
// rest of the catalogue — schema first, then cross-references — with every problem at file:line:col.
import path from 'node:path';
import { parseYaml, problemAt, readYaml, type YamlFile } from '../load/yaml-file.js';
import { checkFile } from './check-file.js';
import { CatalogueError, sortProblems, type Problem } from '../catalogue/problem.js';
import { projectRoot } from '../config/paths.js';
import type { StatedLack } from '../catalogue/types.js';

export const STATED_LACKS_FILE = 'stated-lacks.yaml';

export interface StatedLacksContext {
  /** Ids of the interventions in the catalogue version the lacks are shown against. */
  interventionIds: ReadonlySet<string>;
  /** Seed document names from catalog/sources.yaml; when given, sources must name one of them. */
  seedDocuments?: ReadonlySet<string>;
}

export interface StatedLacksResult {
  lacks: StatedLack[];
  problems: Problem[];
  /** false when the catalogue directory has no stated-lacks.yaml (then lacks is empty). */
  found: boolean;
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

/** Parse + validate from text (tests, editors). */
export function parseStatedLacks(
  file: string,
  text: string,
  ctx: StatedLacksContext,
): { lacks: StatedLack[]; problems: Problem[] } {
  const { yaml, problems } = parseYaml(file, text);
  if (problems.length) return { lacks: [], problems };
  return validateStatedLacks(yaml, ctx);
}

/** Read `<catalogDir>/stated-lacks.yaml`. A missing file is not an error: there are then no lacks to show. */
export async function loadStatedLacks(
  catalogDir: string,
  ctx: StatedLacksContext,
  root: string = projectRoot,
): Promise<StatedLacksResult> {
  const abs = path.join(catalogDir, STATED_LACKS_FILE);
  const rel = path.relative(root, abs) || abs;
  let text: { yaml: YamlFile; problems: Problem[] };
  try {
    text = await readYaml(abs, rel);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { lacks: [], problems: [], found: false };
    return {
      lacks: [],
      found: true,
      problems: [
        {
          code: 'FILE_UNREADABLE',
          file: rel,
          line: 1,
          col: 1,
          message: `cannot read file: ${code ?? String(e)}`,
          allowed: 'an existing, readable YAML file',
        },
      ],
    };
  }
  if (text.problems.length) return { lacks: [], problems: text.problems, found: true };
  return { ...validateStatedLacks(text.yaml, ctx), found: true };
}

/** As loadStatedLacks, but a file with problems throws a CatalogueError listing all of them. */
export async function loadStatedLacksOrThrow(
  catalogDir: string,
  ctx: StatedLacksContext,
  root: string = projectRoot,
): Promise<StatedLack[]> {
  const r = await loadStatedLacks(catalogDir, ctx, root);
  if (r.problems.length) throw new CatalogueError(sortProblems(r.problems));
  return r.lacks;
}
