// json-rules-engine keeps run status on the Engine; overlapping runs must still give complete,
// correct answers. Many different profiles at once must equal their sequential answers.
import { expect } from 'chai';
import fc from 'fast-check';
import request from 'supertest';
import { sharedStore, testApp } from './helpers/app.js';
import { profileArb } from './helpers/arbitraries.js';
import { recommend } from '../src/recommend/recommend.js';
import type { Profile } from '../src/recommend/profile.js';

describe('concurrency correctness', () => {
  it('200 different profiles in parallel give exactly their sequential answers (in-process)', async () => {
    const v = (await sharedStore()).current();
    const profiles = fc.sample(profileArb([...v.districtById.keys()]), {
      numRuns: 200,
      seed: 42,
    }) as Profile[];
    const sequential = [];
    for (const p of profiles) sequential.push(await recommend(v, p, { explain: true }));
    const parallel = await Promise.all(profiles.map((p) => recommend(v, p, { explain: true })));
    expect(parallel).to.deep.equal(sequential);
    // The sample must exercise the engine, not only empty answers.
    expect(sequential.filter((r) => r.recommendations.length > 0).length).to.be.greaterThan(100);
  });

  it('50 different profiles fired at once over HTTP match their sequential answers', async () => {
    const t = await testApp();
    const v = t.store.current();
    const profiles = fc.sample(profileArb([...v.districtById.keys()]), { numRuns: 50, seed: 7 });
    const post = (p: object) => request(t.app).post('/api/v1/recommendations').send(p).expect(200);
    const sequential = [];
    for (const p of profiles) sequential.push((await post(p)).body);
    const parallel = (await Promise.all(profiles.map(post))).map((r) => r.body);
    expect(parallel).to.deep.equal(sequential);
  });

  it('the same profile always gives the same answer', async () => {
    const v = (await sharedStore()).current();
    const p = {
      age: 15,
      district: 'farsta',
      criminality: 'convicted',
      substanceUse: 'risky',
      schoolAbsence: 'frequent',
    } as Profile;
    const a = await recommend(v, p);
    const b = await recommend(v, p);
    expect(a).to.deep.equal(b);
  });
});
