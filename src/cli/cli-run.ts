// What every CLI shares: usage errors, printing catalogue problems as file:line:col, exit codes.
// Exit codes: 0 done, 1 the answer is "no" (problems found, changes with --fail-on-change),
// 2 the command could not do its work (bad usage, an unreadable side).
import { buildVersion, type CatalogueVersion } from '../version/catalogue-version.js';
import { readConfig } from '../config/config.js';
import { projectRoot } from '../config/paths.js';
import { CatalogueError, formatProblem, type Problem } from '../catalogue/problem.js';

/** Bad flags or arguments: printed with the command's usage text, exit 2. */
export class UsageError extends Error {}

export function printProblems(problems: readonly Problem[], what: string, prefix = ''): void {
  for (const p of problems) console.error(prefix + formatProblem(p));
  console.error(`\n${problems.length} problem(s) found${what ? `; ${what}` : ''}.`);
}

/** Run `main`, turn a UsageError into its message and usage (exit 2), anything else into exit 2. */
export function runCli(name: string, usage: string, main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (e: unknown) => {
      if (e instanceof UsageError) {
        console.error(`${name}: ${e.message}\n\n${usage}`);
        process.exit(2);
      }
      console.error(e);
      process.exit(2);
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
    printProblems(e.problems, what);
    return undefined;
  }
}
