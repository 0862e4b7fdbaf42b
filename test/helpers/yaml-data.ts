// Tests as data: read a YAML test file and check it against its schema, so a broken case points at
// file:line:col instead of failing somewhere inside the harness.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseYaml } from '../../src/load/yaml-file.js';
import { checkFile } from '../../src/validate/check-file.js';
import { formatProblem } from '../../src/validate/problem.js';
import { projectRoot } from '../../src/config/paths.js';
import type { SchemaName } from '../../src/validate/schemas.js';

export function readTestData<T>(abs: string, schema: SchemaName): { data?: T; problems: string[] } {
  const { yaml, problems } = parseYaml(path.relative(projectRoot, abs), readFileSync(abs, 'utf8'));
  if (problems.length) return { problems: problems.map(formatProblem) };
  const checked = checkFile(yaml, schema);
  if (checked.problems.length) return { problems: checked.problems.map(formatProblem) };
  return { data: yaml.data as T, problems: [] };
}
