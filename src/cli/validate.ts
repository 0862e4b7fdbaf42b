// npm run validate — validate catalogue and rules; print every problem as file:line:col, exit 1 on any.
import { loadFiles } from '../load/load-catalogue.js';
import { validateCatalogue } from '../validate/validate-catalogue.js';
import { formatProblem, sortProblems } from '../catalogue/problem.js';
import { readConfig } from '../config/config.js';
import { defaultSeedsDir, projectRoot } from '../config/paths.js';
import { EXIT, printProblems, runCli, UsageError } from './cli-run.js';

const USAGE = `Usage: npm run validate

Validates catalog/ and rules/ (CATALOG_DIR, RULES_DIR) and prints every problem as file:line:col.
Exit code 0: valid; 1: problems found; 2: bad usage or a crash.`;

async function main(): Promise<number> {
  if (process.argv.length > 2) throw new UsageError('takes no arguments');
  const config = readConfig(process.env);
  const files = await loadFiles({
    root: projectRoot,
    catalogDir: config.catalogDir,
    rulesDir: config.rulesDir,
  });
  const { catalogue, problems, warnings } = validateCatalogue(files, {
    seedsDir: process.env.SEEDS_DIR ?? defaultSeedsDir,
  });
  // Warnings (a missing quote while records are converted, an overdue review) never fail the run.
  for (const w of sortProblems(warnings)) console.error('warning: ' + formatProblem(w));
  if (problems.length || !catalogue) return printProblems(sortProblems(problems), '', EXIT.no);
  console.log(
    `Catalogue OK: ${catalogue.interventions.length} interventions, ${catalogue.rules.length} rules, ` +
      `${catalogue.districts.length} districts, ${catalogue.providers.length} providers` +
      (warnings.length ? `, ${warnings.length} warning(s).` : '.'),
  );
  return EXIT.ok;
}

runCli('validate', USAGE, main);
