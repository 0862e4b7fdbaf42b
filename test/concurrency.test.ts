// json-rules-engine keeps run status on the Engine; overlapping runs must still give complete,
// correct answers. Many different profiles at once must equal their sequential answers. The
// parallel batch runs first, on a fresh version whose memos are empty, so it really overlaps
// json-rules-engine runs (a sequential phase first would fill the memos and leave none to run).
import { expect } from 'chai';
import fc from 'fast-check';
import { Engine } from 'json-rules-engine';
import { buildVersion } from '../src/version/catalogue-version.js';
import { defaultCatalogDir, defaultRulesDir, projectRoot } from '../src/config/paths.js';
import request from 'supertest';
import { sharedStore, testApp } from './helpers/app.js';
import { profileArb } from './helpers/arbitraries.js';
import { recommend } from '../src/recommend/recommend.js';
import type { Profile } from '../src/recommend/profile.js';

describe('concurrency correctness', () => {
  const fresh = () =>
    buildVersion({ root: projectRoot, catalogDir: defaultCatalogDir, rulesDir: defaultRulesDir });

  /** Counts json-rules-engine runs, and the most that were in flight at once, while fn runs. */
  async function engineRuns<T>(
    fn: () => Promise<T>,
  ): Promise<{ out: T; runs: number; peak: number }> {
    const run = Engine.prototype.run;
    let runs = 0;
    let inFlight = 0;
    let peak = 0;
    Engine.prototype.run = function (this: Engine, ...args: Parameters<Engine['run']>) {
      runs++;
      peak = Math.max(peak, ++inFlight);
      return run.apply(this, args).finally(() => inFlight--);
    };
    try {
      return { out: await fn(), runs, peak };
    } finally {
      Engine.prototype.run = run;
    }
  }

  it('200 different profiles in parallel on cold memos give exactly their unmemoised sequential answers', async () => {
    const v = await fresh();
    const profiles = fc.sample(profileArb([...v.districtById.keys()]), {
      numRuns: 200,
      seed: 42,
    }) as Profile[];
    const {
      out: parallel,
      runs,
      peak,
    } = await engineRuns(() =>
      Promise.all(
        profiles.map(async (p, k) => {
          // Staggered starts, so runs begin while others are midway and finish while others start.
          for (let j = 0; j < k % 41; j++) await null;
          return recommend(v, p, { explain: true });
        }),
      ),
    );
    // The parallel phase must itself run the engine, many runs overlapping.
    expect(runs).to.be.greaterThan(200);
    expect(peak).to.be.greaterThan(10);
    const sequential = [];
    for (const p of profiles)
      sequential.push(await recommend(v, p, { explain: true, memo: false }));
    expect(parallel).to.deep.equal(sequential);
    // The sample must exercise the engine, not only empty answers.
    expect(sequential.filter((r) => r.recommendations.length > 0).length).to.be.greaterThan(100);
  });

  it('50 different profiles fired at once over HTTP match their sequential answers', async () => {
    // Answer cache off: with it on, the parallel requests would be cache hits of the sequential ones.
    const t = await testApp({ ANSWER_CACHE_MB: '0' });
    // The shared test store's memos may be warm from other tests; this checks the HTTP path.
    const v = t.store.current();
    const profiles = fc.sample(profileArb([...v.districtById.keys()]), { numRuns: 50, seed: 7 });
    const post = (p: object) => request(t.app).post('/api/v1/recommendations').send(p).expect(200);
    const sequential = [];
    for (const p of profiles) sequential.push((await post(p)).body);
    const parallel = (await Promise.all(profiles.map(post))).map((r) => r.body);
    expect(parallel).to.deep.equal(sequential);
  });

  it('the same profile gives the same answer from the memo as from a fresh, unmemoised run', async () => {
    const v = (await sharedStore()).current();
    const p = {
      age: 15,
      district: 'farsta',
      criminality: 'convicted',
      substanceUse: 'risky',
      schoolAbsence: 'frequent',
    } as Profile;
    await recommend(v, p); // fills the memo if nothing had
    const memoised = await recommend(v, p);
    const independent = await recommend(await fresh(), p, { memo: false });
    expect(memoised).to.deep.equal(independent);
    expect(memoised.recommendations.length).to.be.greaterThan(0);
  });
});
