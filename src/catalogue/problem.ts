// A catalogue/rules problem that points at file:line:col, like eemeli/yaml's YAMLError.

/**
 * Every code a catalogue or rules problem can carry: a closed set, like eemeli/yaml's ErrorCode, so
 * a new code is added here on purpose and a typo fails to compile.
 */
export type ProblemCode =
  | 'ACCESS_TIER'
  | 'AGE_RANGE_ORDER'
  | 'BAD_AGE_BAND'
  | 'BAD_CONDITION'
  | 'BAD_FORMAT'
  | 'BAD_LENGTH'
  | 'BAD_OPERATOR'
  | 'BAD_VALUE'
  | 'CENTRAL_OFFEREDIN'
  | 'DUPLICATE_DISTRICT'
  | 'DUPLICATE_ID'
  | 'DUPLICATE_ITEM'
  | 'DUPLICATE_KEY'
  | 'DUPLICATE_NAME'
  | 'DUPLICATE_PHRASE'
  | 'DUPLICATE_RULE_ID'
  | 'EMPTY_LACK'
  | 'FILE_UNREADABLE'
  | 'ID_MISMATCH'
  | 'LEVEL_MISMATCH'
  | 'MISSING_FACTOR'
  | 'MISSING_LABEL'
  | 'MISSING_SCHEMA_COMMENT'
  | 'MISSING_PROPERTY'
  | 'MISSING_WORDING'
  | 'NOT_ALLOWED_VALUE'
  | 'NO_INTERVENTIONS'
  | 'OUT_OF_RANGE'
  | 'PROBABILITIES_OVER_ONE'
  | 'PROVIDER_MISMATCH'
  | 'QUOTE_MISSING'
  | 'QUOTE_NOT_FOUND'
  | 'READING_OF_SOURCED_NEED'
  | 'RELOAD_FAILED'
  | 'RESULT_GROUP'
  | 'REVIEW_OVERDUE'
  | 'RULE_NEED_NOT_STATED'
  | 'RULE_FILE_NAME'
  | 'SCHEMA'
  | 'SECTION_NOT_FOUND'
  | 'SYNONYM_WITHOUT_TARGET'
  | 'UNKNOWN_DISTRICT'
  | 'UNKNOWN_FACT'
  | 'UNKNOWN_FIELD'
  | 'UNKNOWN_FLAG'
  | 'UNKNOWN_INTERVENTION'
  | 'UNKNOWN_NEED_AREA'
  | 'UNKNOWN_PROPERTY'
  | 'UNKNOWN_PROVIDER'
  | 'UNKNOWN_SEED'
  | 'UNKNOWN_VALUE'
  | 'UNSOURCED_FACT'
  | 'WRONG_TYPE'
  | 'YAML_ALIAS_LIMIT'
  | 'YAML_SYNTAX';

export interface Problem {
  code: ProblemCode;
  file: string;
  line: number;
  col: number;
  message: string;
  value?: unknown;
  allowed?: string;
}

export function formatProblem(p: Problem): string {
  const where = `${p.file}:${p.line}:${p.col}`;
  const value = p.value === undefined ? '' : ` (value: ${JSON.stringify(p.value)})`;
  const allowed = p.allowed ? ` (allowed: ${p.allowed})` : '';
  return `${where} ${p.code} ${p.message}${value}${allowed}`;
}

/** Thrown when a catalogue version cannot be built; carries every problem, not just the first. */
export class CatalogueError extends Error {
  readonly code = 'CATALOGUE_INVALID';
  constructor(readonly problems: Problem[]) {
    super(
      `${problems.length} catalogue problem(s):\n` +
        problems.map((p) => '  ' + formatProblem(p)).join('\n'),
    );
    this.name = 'CatalogueError';
  }
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.col - b.col ||
      a.code.localeCompare(b.code),
  );
}
