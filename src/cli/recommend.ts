// npm run recommend -- --age 14 --district skarholmen --criminality suspected … [--why-not]
// The ranked answer for one profile from the working tree's catalogue, grouped as the page groups
// it. The flags are the profile schema's fields (kebab-case), and a profile is checked by the same
// validator as the API's, so a bad value gets the API's message.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { answerText } from '../explain/answer-text.js';
import { recommend } from '../recommend/recommend.js';
import { checkProfile } from '../recommend/profile.js';
import { schemas } from '../catalogue/schemas.js';
import { EXIT, runCli, UsageError, workingVersion } from './cli-run.js';

type Prop = { type?: string; enum?: string[]; items?: { enum?: string[] }; description?: string };
const props = (schemas.profile as { properties: Record<string, Prop> }).properties;
const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const flagOf = new Map(Object.keys(props).map((f) => [f, kebab(f)]));

function usage(): string {
  const rows = Object.entries(props).map(([f, p]) => {
    const values = p.enum ?? p.items?.enum;
    const arg = p.type === 'boolean' ? '' : values ? ` <${values.join('|')}>` : ' <n>';
    return `  --${flagOf.get(f)}${arg}${p.type === 'array' ? ' (repeatable)' : ''}`;
  });
  return [
    'Usage: npm run recommend -- --age <n> [--district <id>] [need flags …] [--why-not] [--limit <n>]',
    '',
    "Prints the ranked answer for one anonymised needs profile, from the working tree's catalogue.",
    ...rows,
    '  --why-not          also list fitting options left out, and why',
    '  --limit <n>        how many options to list (default from rules/ranking.yaml)',
  ].join('\n');
}

function parse(argv: string[]) {
  const options: ParseArgsConfig['options'] = {
    'why-not': { type: 'boolean' },
    limit: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  };
  for (const [f, p] of Object.entries(props))
    options[flagOf.get(f)!] = {
      type: p.type === 'boolean' ? 'boolean' : 'string',
      multiple: p.type === 'array',
    };
  let values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  try {
    ({ values } = parseArgs({ args: argv, options, strict: true, allowPositionals: false }));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const profile: Record<string, unknown> = {};
  for (const [f, p] of Object.entries(props)) {
    const x = values[flagOf.get(f)!];
    if (x === undefined) continue;
    // A number stays text when it is not one, so the schema names the problem as the API does.
    if (p.type === 'integer') profile[f] = /^-?\d+$/.test(String(x)) ? Number(x) : x;
    else if (p.type === 'array') profile[f] = (x as string[]).flatMap((s) => s.split(','));
    else profile[f] = x;
  }
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0))
    throw new UsageError('--limit must be a whole number above 0');
  return { profile, whyNot: !!values['why-not'], limit, help: !!values.help };
}

async function main(): Promise<number> {
  const args = parse(process.argv.slice(2));
  if (args.help) {
    console.log(usage());
    return EXIT.ok;
  }
  const v = await workingVersion('no answer');
  if (!v) return EXIT.cannot;
  const { profile, problems } = checkProfile(v.validateProfile, args.profile);
  if (!profile) {
    for (const p of problems) {
      const flag = flagOf.get(p.field.split('.')[0]!);
      const allowed = p.allowed ? ` (allowed: ${p.allowed})` : '';
      console.error(`${flag ? `--${flag}` : p.field}: ${p.message}${allowed}`);
    }
    return EXIT.cannot;
  }
  const r = await recommend(v, profile, { explain: args.whyNot, limit: args.limit });
  console.log(answerText(v, r, new Date().toISOString().slice(0, 10)));
  return EXIT.ok;
}

runCli('recommend', usage(), main);
