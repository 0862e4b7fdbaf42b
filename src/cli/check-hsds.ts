// npm run check:hsds -- <folder> — validate the whole HSDS export against the official Open Referral
// HSDS 3.0 compiled schemas (`service.json`, `organization.json` of openreferral/specification's
// schema/compiled/), read from a folder the caller supplies. They are not vendored (README "HSDS
// conformance"), so `npm test` checks our written-out subset and this command checks the real thing
// wherever a copy of the specification is at hand.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { buildHsdsExport } from '../export/hsds.js';
import { EXIT, runCli, UsageError, workingVersion } from './cli-run.js';

const USAGE = `Usage: npm run check:hsds -- <folder> [--base-url <url>]

Validates every service and organization of the HSDS export against the official compiled schemas
service.json and organization.json in <folder> (a checkout of openreferral/specification, or its
schema/compiled folder). Exit 0: all valid; 1: some invalid (each listed); 2: could not check.
  --base-url <url>   base of the export's absolute links (default https://insatsguiden.example)
  -h, --help         show this help`;

/** The folder holding service.json: the one given, or its schema/compiled. */
function compiledDir(given: string): string {
  for (const dir of [given, path.join(given, 'schema', 'compiled')])
    if (existsSync(path.join(dir, 'service.json'))) return dir;
  throw new UsageError(`no service.json in ${given} or in its schema/compiled`);
}

function parse(argv: string[]) {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { 'base-url': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    });
    if (values.help) return { help: true as const };
    if (positionals.length !== 1) throw new UsageError('give exactly one folder');
    return {
      help: false as const,
      dir: compiledDir(path.resolve(positionals[0]!)),
      baseUrl: values['base-url'] ?? 'https://insatsguiden.example',
    };
  } catch (e) {
    throw e instanceof UsageError ? e : new UsageError((e as Error).message);
  }
}

async function main(): Promise<number> {
  const args = parse(process.argv.slice(2));
  if (args.help) {
    console.log(USAGE);
    return EXIT.ok;
  }
  const v = await workingVersion('nothing checked');
  if (!v) return EXIT.cannot;
  const hsds = buildHsdsExport(v, { baseUrl: args.baseUrl });
  // The compiled schemas carry Frictionless Data keywords (name, constraints, datapackage_metadata)
  // that are not JSON Schema: not strict, so ajv ignores them as annotations.
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  let invalid = 0;
  const kinds = [
    ['service', hsds.services],
    ['organization', hsds.organizations],
  ] as const;
  for (const [kind, items] of kinds) {
    const file = path.join(args.dir, `${kind}.json`);
    const validate = ajv.compile(JSON.parse(readFileSync(file, 'utf8')) as object);
    let bad = 0;
    for (const item of items) {
      // A plain boolean: ajv's type guard would narrow `item` to never on the invalid branch.
      const valid: boolean = validate(item);
      if (valid) continue;
      bad++;
      const first = (validate.errors ?? [])
        .slice(0, 3)
        .map((e) => `${e.instancePath || '/'} ${e.message}`);
      console.log(`  ${kind} ${item.name} (${item.id}): ${first.join('; ')}`);
    }
    console.log(`${kind}: ${bad} invalid of ${items.length} (${file})`);
    invalid += bad;
  }
  return invalid ? EXIT.no : EXIT.ok;
}

runCli('check:hsds', USAGE, main);
