// npm run report:coverage [-- --out <dir>] — write the coverage view (likställighet) as coverage.md
// and coverage.csv. Default folder: reports/coverage (git-ignored).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildVersion } from '../version/catalogue-version.js';
import { readConfig } from '../config/config.js';
import { projectRoot } from '../config/paths.js';
import { computeCoverage } from '../coverage/coverage-model.js';
import { coverageCsv } from '../coverage/coverage-csv.js';
import { coverageMarkdown } from '../coverage/coverage-markdown.js';
import { CatalogueError, formatProblem } from '../catalogue/problem.js';

const USAGE = `Usage: npm run report:coverage -- [--out <dir>]

Writes coverage.md and coverage.csv (coverage per district × need area) to <dir>.
  -o, --out <dir>   output folder (default: reports/coverage, relative to the project root)
  -h, --help        show this help`;

class UsageError extends Error {}

/** A path as the user would type it: relative when inside the working directory. */
function shown(p: string): string {
  const rel = path.relative(process.cwd(), p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
}

function parse(argv: string[]): { out: string; help: boolean } {
  let values: { out?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (values.out !== undefined && values.out.trim() === '')
    throw new UsageError('--out needs a folder name');
  return {
    out: path.resolve(projectRoot, values.out ?? path.join('reports', 'coverage')),
    help: !!values.help,
  };
}

async function main(argv: string[]): Promise<number> {
  let args: { out: string; help: boolean };
  try {
    args = parse(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`report:coverage: ${e.message}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const config = readConfig(process.env);
  try {
    const v = await buildVersion({
      root: projectRoot,
      catalogDir: config.catalogDir,
      rulesDir: config.rulesDir,
    });
    const cov = computeCoverage(v, v.catalogue.statedLacks);
    await mkdir(args.out, { recursive: true });
    const md = path.join(args.out, 'coverage.md');
    const csv = path.join(args.out, 'coverage.csv');
    await writeFile(md, coverageMarkdown(cov), 'utf8');
    await writeFile(csv, coverageCsv(cov), 'utf8');
    const gaps = cov.districts.reduce((n, d) => n + d.gaps.length, 0);
    const hard = cov.districts.reduce((n, d) => n + d.hardGaps.length, 0);
    console.log(
      `Coverage for catalogue ${cov.catalogueVersion}: ${cov.districts.length} districts × ${cov.needAreas.length} need areas, ` +
        `${gaps} gaps (${hard} hard), ${cov.statedLacks.length} stated lacks.\n  ${shown(md)}\n  ${shown(csv)}`,
    );
    return 0;
  } catch (e) {
    if (e instanceof CatalogueError) {
      for (const p of e.problems) console.error(formatProblem(p));
      console.error(`\n${e.problems.length} problem(s) found; no report written.`);
      return 1;
    }
    throw e;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(2);
  },
);
