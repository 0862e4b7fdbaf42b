// topK must give exactly the first k of a full sort, whatever the input order and k.
import { expect } from 'chai';
import fc from 'fast-check';
import { topK } from '../src/rank/top-k.js';

describe('topK', () => {
  it('equals sorting everything and taking the first k, for random inputs and k', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: -1000, max: 1000 })),
        fc.integer({ min: 0, max: 40 }),
        (xs, k) => {
          const cmp = (a: number, b: number) => b - a;
          expect(topK(xs, xs.length, k, cmp)).to.deep.equal([...xs].sort(cmp).slice(0, k));
        },
      ),
      { numRuns: 500, seed: 3 },
    );
  });

  it('reads only the first n items', () => {
    expect(topK([5, 9, 1, 7], 2, 3, (a, b) => b - a)).to.deep.equal([9, 5]);
  });
});
