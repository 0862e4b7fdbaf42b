// npm run review -- [--population N] — the editors' periodic review of the catalogue, as Markdown.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../config/paths.js';
import { readProfilesData } from '../impact/impact.js';
import { generatePopulation } from '../impact/population.js';
import { review } from '../impact/review.js';
import { reviewMarkdown } from '../impact/review-markdown.js';
import type { Profile } from '../recommend/profile.js';
import { EXIT, printProblems, runCli, UsageError, workingVersion } from './cli-run.js';

const USAGE = `Usage: npm run review -- [--population N]

Prints a Markdown review of the working tree's catalogue: records by last review and by the age
of their sources, unknown ages/evidence/referral, need areas and districts with the fewest
options, and rules or options that no profile of the population (test/cases and the synthetic
population of test/population.yaml) ever reaches.
  --population N   synthetic profiles (default: size in test/population.yaml)`;

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      options: { population: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (values.help) {
    console.log(USAGE);
    return EXIT.ok;
  }
  const size = values.population === undefined ? undefined : Number(values.population);
  if (size !== undefined && !(Number.isInteger(size) && size >= 0))
    throw new UsageError('--population must be a whole number');
  const v = await workingVersion('no review');
  if (!v) return EXIT.cannot;
  const testDir = path.join(projectRoot, 'test');
  const data = readProfilesData(
    testDir,
    v.catalogue.districts.map((d) => d.id),
  );
  const problems = data.problems;
  if (problems.length) return printProblems(problems, 'no review', EXIT.cannot);
  const profiles: Profile[] = [
    ...generatePopulation(data.shape!, size).map((m) => m.profile),
    ...data.cases.flatMap((f) => f.cases.map((c) => c.profile as Profile)),
  ];
  console.log(reviewMarkdown(await review(v, profiles, data.shape!.topN, new Date())));
  return EXIT.ok;
}

runCli('review', USAGE, main);
