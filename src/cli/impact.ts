// npm run impact -- [--base <git-ref>] [--population N] [--format md|json] [--fail-on-change]
// What a catalogue or rules change does, over the case profiles and a synthetic population.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '../config/config.js';
import { projectRoot } from '../config/paths.js';
import { hasChanges, impact, readProfilesData } from '../impact/impact.js';
import { impactMarkdown } from '../impact/impact-markdown.js';
import { GitError, gitSide, workingTreeSide } from '../impact/sides.js';
import { EXIT, printProblems, runCli, UsageError } from './cli-run.js';

const USAGE = `Usage: npm run impact -- [--base <git-ref>] [--population N] [--format md|json] [--fail-on-change]

Runs the catalogue and rules at <git-ref> (default HEAD) and in the working tree over the same
profiles (test/cases/*.yaml and the synthetic population of test/population.yaml) and reports what
changed. Exit 0, or 1 with --fail-on-change when anything changed; 2 when a side is invalid.
  --base <ref>        the git ref to compare with (default HEAD)
  --population N      synthetic profiles (default: size in test/population.yaml; 0 = cases only)
  --format md|json    Markdown for people (default) or JSON for tools
  --fail-on-change    exit 1 when any answer, equity cell or case result changed`;

function parse(argv: string[]) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        base: { type: 'string', default: 'HEAD' },
        population: { type: 'string' },
        format: { type: 'string', default: 'md' },
        'fail-on-change': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (values.format !== 'md' && values.format !== 'json')
    throw new UsageError(`--format must be md or json, not "${values.format}"`);
  let size: number | undefined;
  if (values.population !== undefined) {
    size = Number(values.population);
    if (!Number.isInteger(size) || size < 0 || size > 1_000_000)
      throw new UsageError(`--population must be a whole number from 0 to 1000000`);
  }
  return { ...values, size };
}

async function main(): Promise<number> {
  const args = parse(process.argv.slice(2));
  if (args.help) {
    console.log(USAGE);
    return EXIT.ok;
  }
  const config = readConfig(process.env);
  const loc = { root: projectRoot, catalogDir: config.catalogDir, rulesDir: config.rulesDir };
  let base;
  try {
    base = await gitSide(args.base, loc);
  } catch (e) {
    if (!(e instanceof GitError)) throw e;
    console.error(`impact: cannot read the base side. ${e.message}`);
    return EXIT.cannot;
  }
  const head = await workingTreeSide(loc);
  let invalid = false;
  for (const side of [base, head]) {
    if (side.version) continue;
    invalid = true;
    console.error(`${side.label}: the catalogue is invalid; nothing was compared.`);
    printProblems(side.problems, '', EXIT.cannot, `${side.label}: `);
  }
  if (invalid) return EXIT.cannot;
  const testDir = path.join(projectRoot, 'test');
  const data = readProfilesData(
    testDir,
    head.version!.catalogue.districts.map((d) => d.id),
  );
  const problems = data.problems;
  if (problems.length) return printProblems(problems, 'nothing was compared', EXIT.cannot);
  const report = await impact(
    { label: base.label, version: base.version! },
    { label: head.label, version: head.version! },
    data.shape!,
    data.cases,
    args.size,
  );
  console.log(
    args.format === 'json'
      ? JSON.stringify(report, null, 2)
      : impactMarkdown(report, head.version!),
  );
  return args['fail-on-change'] && hasChanges(report) ? EXIT.no : EXIT.ok;
}

runCli('impact', USAGE, main);
