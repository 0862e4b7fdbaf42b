// npm run report:coverage [-- --out <dir>] — write the coverage view (likställighet) as coverage.md
// and coverage.csv. Default folder: reports/coverage (git-ignored).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../config/paths.js';
import { computeCoverage } from '../coverage/coverage-model.js';
import { coverageCsv } from '../coverage/coverage-csv.js';
import { coverageMarkdown } from '../coverage/coverage-markdown.js';
import { EXIT, runCli, UsageError, workingVersion } from './cli-run.js';

const USAGE = `Usage: npm run report:coverage -- [--out <dir>]

Writes coverage.md and coverage.csv (coverage per district × need area) to <dir>.
  -o, --out <dir>   output folder (default: reports/coverage, relative to the project root)
  -h, --help        show this help`;

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

async function main(): Promise<number> {
  const args = parse(process.argv.slice(2));
  if (args.help) {
    console.log(USAGE);
    return EXIT.ok;
  }
  const v = await workingVersion('no report written');
  if (!v) return EXIT.cannot;
  const cov = computeCoverage(v, v.catalogue.statedLacks);
  await mkdir(args.out, { recursive: true });
  const md = path.join(args.out, 'coverage.md');
  const csv = path.join(args.out, 'coverage.csv');
  const w = v.catalogue.vocabulary.wording;
  await writeFile(md, coverageMarkdown(cov, w), 'utf8');
  await writeFile(csv, coverageCsv(cov, w), 'utf8');
  const gaps = cov.districts.reduce((n, d) => n + d.gaps.length, 0);
  const hard = cov.districts.reduce((n, d) => n + d.hardGaps.length, 0);
  console.log(
    `Coverage for catalogue ${cov.catalogueVersion}: ${cov.districts.length} districts × ${cov.needAreas.length} need areas, ` +
      `${gaps} gaps (${hard} hard), ${cov.statedLacks.length} stated lacks.\n  ${shown(md)}\n  ${shown(csv)}`,
  );
  return EXIT.ok;
}

runCli('report:coverage', USAGE, main);
