// One YAML file against its schema: the editor schema comment on line 1, then the JSON Schema.
import type { YamlFile } from '../load/yaml-file.js';
import type { Problem } from '../catalogue/problem.js';
import { validatorFor, type SchemaName } from '../catalogue/schemas.js';
import { schemaProblems } from './schema-problems.js';

const SCHEMA_LINE = /^# yaml-language-server: \$schema=\S+\.schema\.json/;

/** `valid` says whether the data matches the schema (a missing comment alone does not block use). */
export function checkFile(y: YamlFile, name: SchemaName): { valid: boolean; problems: Problem[] } {
  const problems: Problem[] = [];
  if (!SCHEMA_LINE.test(y.text)) {
    problems.push({
      code: 'MISSING_SCHEMA_COMMENT',
      file: y.file,
      line: 1,
      col: 1,
      message: 'first line must name the schema for editors',
      allowed: `# yaml-language-server: $schema=<relative path>/${name}.schema.json`,
    });
  }
  const v = validatorFor(name);
  const valid = v(y.data);
  if (!valid) problems.push(...schemaProblems(y, v.errors));
  return { valid, problems };
}
