// Safe reload: under continuous requests, broken catalogues are rejected with every problem and
// change nothing; a good one switches the answers exactly when it lands. Zero failed requests.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import request from 'supertest';
import { CatalogueStore } from '../src/version/catalogue-store.js';
import { testApp, type TestApp } from './helpers/app.js';
import { copyCatalogue, type CatalogueCopy } from './helpers/catalogue-copy.js';

const TOKEN = 'test-admin-token-0123456789abcdef';
const PROFILE = { age: 16, district: 'farsta', criminality: 'convicted' };

describe('safe reload', function () {
  // Each reload starts a worker thread, which under tsx first compiles the TypeScript it runs.
  this.timeout(90_000);
  let copy: CatalogueCopy;
  let t: TestApp;

  beforeEach(async () => {
    copy = copyCatalogue();
    const store = await CatalogueStore.open({
      root: copy.root,
      catalogDir: copy.catalogDir,
      rulesDir: copy.rulesDir,
    });
    t = await testApp({ ADMIN_TOKEN: TOKEN }, store);
  });
  afterEach(() => copy.remove());

  const reload = () =>
    request(t.app).post('/api/v1/admin/reload').set('Authorization', `Bearer ${TOKEN}`);

  it('is off without ADMIN_TOKEN and needs the right bearer token', async () => {
    const off = await testApp({}, t.store);
    await request(off.app)
      .post('/api/v1/admin/reload')
      .set('Authorization', `Bearer ${TOKEN}`)
      .expect(404);
    await request(t.app).post('/api/v1/admin/reload').expect(401);
    await request(t.app)
      .post('/api/v1/admin/reload')
      .set('Authorization', 'Bearer wrong-token-wrong-token')
      .expect(401);
  });

  it('keeps serving through broken catalogues and switches exactly when a good one lands', async () => {
    const skkp = path.join(copy.catalogDir, 'interventions', 'skkp.yaml');
    const original = readFileSync(skkp, 'utf8');
    const ruleFile = path.join(copy.rulesDir, 'criminality.yaml');
    const originalRules = readFileSync(ruleFile, 'utf8');
    const v0 = t.store.current().version;

    // Continuous load: every response is recorded with the version and SKKP's name it carried.
    const seen: { status: number; version: string; skkpName?: string }[] = [];
    let running = true;
    const load = (async () => {
      while (running) {
        const batch = await Promise.all(
          Array.from({ length: 8 }, () =>
            request(t.app).post('/api/v1/recommendations').send(PROFILE),
          ),
        );
        for (const r of batch) {
          seen.push({
            status: r.status,
            version: r.body.catalogueVersion,
            skkpName: r.body.recommendations?.find((x: { id: string }) => x.id === 'skkp')?.name,
          });
        }
      }
    })();

    const broken: [string, string, string, RegExp][] = [
      [
        'syntax error',
        skkp,
        original.replace('aliases: [SKKP]', 'aliases: [SKKP'),
        /skkp\.yaml:\d+:\d+ YAML_SYNTAX/,
      ],
      [
        'schema error',
        skkp,
        original.replace('level: central', 'level: citywide'),
        /skkp\.yaml:\d+:\d+ NOT_ALLOWED_VALUE/,
      ],
      [
        'dangling rule reference',
        ruleFile,
        originalRules.replace(/interventions: \[skkp/, 'interventions: [skkp-finns-inte'),
        /criminality\.yaml:\d+:\d+ UNKNOWN_INTERVENTION/,
      ],
    ];
    for (const [what, file, text, pattern] of broken) {
      writeFileSync(file, text);
      const res = await reload().expect(422);
      expect(res.type, what).to.equal('application/problem+json');
      expect(res.body.catalogueVersion, what).to.equal(v0);
      expect(res.body.problems.map((p: { text: string }) => p.text).join('\n'), what).to.match(
        pattern,
      );
      expect(t.store.current().version, what).to.equal(v0);
      writeFileSync(file, file === skkp ? original : originalRules);
    }

    // A good change: a new name for SKKP.
    writeFileSync(
      skkp,
      original.replace(
        'name: Särskilt kvalificerad kontaktperson (SKKP)',
        'name: SKKP – särskilt kvalificerad kontaktperson',
      ),
    );
    const countBefore = seen.length;
    const ok = await reload().expect(200);
    const v1 = ok.body.catalogueVersion;
    expect(v1).to.not.equal(v0);
    expect(ok.body.previousVersion).to.equal(v0);
    // Let the load run on the new version for a while: counted from when the reload answered, as
    // the reload runs off the request thread and many answers may come from v0 while it builds.
    const countAfter = seen.length;
    expect(countAfter).to.be.at.least(countBefore);
    while (seen.length < countAfter + 40) await new Promise((r) => setTimeout(r, 5));
    running = false;
    await load;

    expect(
      seen.filter((s) => s.status !== 200),
      'failed requests',
    ).to.deep.equal([]);
    for (const s of seen) {
      expect([v0, v1]).to.include(s.version);
      // Every answer is internally consistent with the version it names.
      expect(s.skkpName).to.equal(
        s.version === v0
          ? 'Särskilt kvalificerad kontaktperson (SKKP)'
          : 'SKKP – särskilt kvalificerad kontaktperson',
      );
    }
    // The switch is one-way: once an answer came from the new version, none came from the old.
    const firstNew = seen.findIndex((s) => s.version === v1);
    expect(firstNew).to.be.greaterThan(0);
    expect(seen.slice(firstNew).every((s) => s.version === v1)).to.equal(true);
    expect(seen.filter((s) => s.version === v0).length).to.be.greaterThan(20);
  });

  it('lists every problem of a catalogue with several errors, not only the first', async () => {
    const skkp = path.join(copy.catalogDir, 'interventions', 'skkp.yaml');
    const bsft = path.join(copy.catalogDir, 'interventions', 'bsft.yaml');
    writeFileSync(skkp, readFileSync(skkp, 'utf8').replace('level: central', 'level: citywide'));
    writeFileSync(
      bsft,
      readFileSync(bsft, 'utf8').replace(/^provider: .*$/m, 'provider: okand-utforare'),
    );
    const res = await reload().expect(422);
    const texts = res.body.problems.map((p: { text: string }) => p.text).join('\n');
    expect(texts).to.match(/skkp\.yaml:\d+:\d+ NOT_ALLOWED_VALUE/);
    expect(texts).to.match(/bsft\.yaml:\d+:\d+ UNKNOWN_PROVIDER/);
  });
});
