// npm run validate — validate catalogue and rules; print every problem as file:line:col, exit 1 on any.
import { loadFiles } from '../load/load-catalogue.js';
import { validateCatalogue } from '../validate/validate-catalogue.js';
import { formatProblem, sortProblems } from '../catalogue/problem.js';
import { readConfig } from '../config/config.js';
import { defaultSeedsDir, projectRoot } from '../config/paths.js';

async function main(): Promise<number> {
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
  for (const p of sortProblems(problems)) console.error(formatProblem(p));
  if (problems.length || !catalogue) {
    console.error(`\n${problems.length} problem(s) found.`);
    return 1;
  }
  console.log(
    `Catalogue OK: ${catalogue.interventions.length} interventions, ${catalogue.rules.length} rules, ` +
      `${catalogue.districts.length} districts, ${catalogue.providers.length} providers` +
      (warnings.length ? `, ${warnings.length} warning(s).` : '.'),
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(2);
  },
);
