// Tests as data: read a YAML test file and check it against its schema, so a broken case points at
// file:line:col instead of failing somewhere inside the harness.
import { readCheckedFile } from '../../src/validate/read-checked-file.js';
import { formatProblem } from '../../src/catalogue/problem.js';
import type { SchemaName } from '../../src/catalogue/schemas.js';

export function readTestData<T>(abs: string, schema: SchemaName): { data?: T; problems: string[] } {
  const { data, problems } = readCheckedFile<T>(abs, schema);
  return { data, problems: problems.map(formatProblem) };
}
