// A catalogue/rules problem that points at file:line:col, like eemeli/yaml's YAMLError.

export interface Problem {
  code: string;
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
