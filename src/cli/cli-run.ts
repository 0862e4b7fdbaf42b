// What every CLI shares: usage errors, printing catalogue problems as file:line:col, exit codes.
// One convention for every command (README "Exit codes"): the code says whether the command's
// question got an answer, so CI can tell "the catalogue is wrong" from "the check never ran".
import { buildVersion, type CatalogueVersion } from '../version/catalogue-version.js';
import { readConfig } from '../config/config.js';
import { projectRoot } from '../config/paths.js';
import { CatalogueError, formatProblem, type Problem } from '../catalogue/problem.js';

export const EXIT = {
  /** Done, and the answer is yes (the catalogue is valid, nothing changed, the report is written). */
  ok: 0,
  /** Done, and the answer is no: `validate` found problems, `impact --fail-on-change` changes. */
  no: 1,
  /** Not done: bad usage, a catalogue the command needs is invalid, an unknown ref, a crash. */
  cannot: 2,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Bad flags or arguments: printed with the command's usage text, exit 2. */
export class UsageError extends Error {}

/**
 * Print every problem as file:line:col (each line after `prefix`, e.g. an impact side) and a count
 * ending in `what` ("no report written"); returns `exit` so a command ends `return printProblems(…)`.
 */
export function printProblems(
  problems: readonly Problem[],
  what: string,
  exit: ExitCode,
  prefix = '',
): ExitCode {
  for (const p of problems) console.error(prefix + formatProblem(p));
  console.error(`\n${problems.length} problem(s) found${what ? `; ${what}` : ''}.`);
  return exit;
}

/** Run `main`, turn a UsageError into its message and usage (exit 2), anything else into exit 2. */
export function runCli(name: string, usage: string, main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (e: unknown) => {
      if (e instanceof UsageError) {
        console.error(`${name}: ${e.message}\n\n${usage}`);
        process.exit(EXIT.cannot);
      }
      console.error(e);
      process.exit(EXIT.cannot);
    },
  );
}

/** The working tree's catalogue (CATALOG_DIR/RULES_DIR), or undefined after printing its problems. */
export async function workingVersion(what: string): Promise<CatalogueVersion | undefined> {
  const config = readConfig(process.env);
  try {
    return await buildVersion({
      root: projectRoot,
      catalogDir: config.catalogDir,
      rulesDir: config.rulesDir,
    });
  } catch (e) {
    if (!(e instanceof CatalogueError)) throw e;
    printProblems(e.problems, what, EXIT.cannot);
    return undefined;
  }
}
