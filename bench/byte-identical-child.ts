// One side of bench/byte-identical.ts: runs inside a source tree (this one, or a copy of an older
// commit), answers every profile through that tree's own app and writes one line per answer.
// It only uses entry points both layouts share, finding the store where each layout keeps it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import request from 'supertest';

const [profilesFile, outFile] = process.argv.slice(2) as [string, string];
const here = (p: string) => new URL(`../${p}`, import.meta.url);
const storePath = ['src/version/catalogue-store.ts', 'src/store/catalogue-store.ts'].find((p) =>
  existsSync(fileURLToPath(here(p))),
)!;
const { CatalogueStore } = await import(here(storePath).href);
const { createApp } = await import(here('src/http/app.ts').href);
const { readConfig } = await import(here('src/config/config.ts').href);
const paths = await import(here('src/config/paths.ts').href);
const { pino } = await import('pino');

const store = await CatalogueStore.open({
  root: paths.projectRoot,
  catalogDir: paths.defaultCatalogDir,
  rulesDir: paths.defaultRulesDir,
});
const app = createApp({
  store,
  config: readConfig({ RATE_LIMIT: '0', LOG_LEVEL: 'silent' }),
  logger: pino({ level: 'silent' }),
});

/** The three answer forms compared: lean (default), full, and full with "why not". */
export const VARIANTS = ['', '?view=full', '?view=full&explain=true'] as const;

const profiles = JSON.parse(readFileSync(profilesFile, 'utf8')) as unknown[];
const lines: string[] = [];
for (let k = 0; k < profiles.length; k++) {
  for (const q of VARIANTS) {
    const res = await request(app)
      .post(`/api/v1/recommendations${q}`)
      .send(profiles[k] as object);
    const body = res.text;
    lines.push(
      JSON.stringify({
        k,
        q,
        status: res.status,
        sha: createHash('sha256').update(body).digest('hex'),
        body: res.status === 200 ? undefined : body,
      }),
    );
  }
}
writeFileSync(outFile, lines.join('\n') + '\n');
