// Data files that are not the catalogue (test cases, fidelity checks, the impact population) read
// the same way: parse with positions, then check against their schema, so a broken file points at
// file:line:col instead of failing somewhere inside whatever reads it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseYaml, type YamlFile } from '../load/yaml-file.js';
import { projectRoot } from '../config/paths.js';
import { checkFile } from './check-file.js';
import type { Problem } from '../catalogue/problem.js';
import type { SchemaName } from '../catalogue/schemas.js';

export function readCheckedFile<T>(
  abs: string,
  schema: SchemaName,
): { data?: T; yaml?: YamlFile; problems: Problem[] } {
  const { yaml, problems } = parseYaml(path.relative(projectRoot, abs), readFileSync(abs, 'utf8'));
  if (problems.length) return { problems };
  const checked = checkFile(yaml, schema);
  if (checked.problems.length) return { problems: checked.problems };
  return { data: yaml.data as T, yaml, problems: [] };
}
