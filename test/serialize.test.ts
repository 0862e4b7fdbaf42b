// The spliced answer JSON must say exactly what JSON.stringify of the domain result says.
import { expect } from 'chai';
import fc from 'fast-check';
import { sharedStore } from './helpers/app.js';
import { profileArb } from './helpers/arbitraries.js';
import { recommend } from '../src/recommend/recommend.js';
import { recommendationJson } from '../src/http/serialize.js';
import type { Profile } from '../src/recommend/profile.js';

describe('answer serialisation', () => {
  it('equals JSON.stringify of the result for 300 random profiles (with and without explain)', async () => {
    const v = (await sharedStore()).current();
    const profiles = fc.sample(profileArb([...v.districtById.keys()]), {
      numRuns: 300,
      seed: 5,
    }) as Profile[];
    let cards = 0;
    for (const [i, p] of profiles.entries()) {
      const r = await recommend(v, p, { explain: i % 2 === 0, limit: 1 + (i % 40) });
      const json = recommendationJson(v, r);
      expect(JSON.parse(json)).to.deep.equal(JSON.parse(JSON.stringify(r)));
      cards += r.recommendations.length;
    }
    expect(cards).to.be.greaterThan(300);
  });
});
