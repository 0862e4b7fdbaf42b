// The search scores its clauses from tables laid out once per version (src/search/scorer.ts)
// instead of lunr's Index#query, for speed. This checks both give the same scores: for the search
// cases' queries and random ones, every clause is also run through lunr itself.
import { expect } from 'chai';
import fc from 'fast-check';
import lunr from 'lunr';
import { Scorer } from '../src/search/scorer.js';
import { TermList } from '../src/search/compounds.js';
import { useSwedish, words } from '../src/search/analyse.js';

const docs = [
  {
    id: 'a',
    name: 'Föräldrastöd i grupp',
    summary: 'Föräldraskapsstöd för föräldrar till tonåringar.',
    tag: '#x',
  },
  {
    id: 'b',
    name: 'Hemmasittarteam',
    summary: 'Team för elever med skolfrånvaro och hemmasittande.',
    tag: '#y',
  },
  {
    id: 'c',
    name: 'Skolteam',
    summary: 'Skolan och föräldrarna samarbetar om frånvaron.',
    tag: '#x',
  },
  {
    id: 'd',
    name: 'Våld i nära relation',
    summary: 'Samtal för barn som upplevt våld i familjen.',
    tag: '#z',
  },
  { id: 'e', name: 'Missbruk', summary: 'Stöd till barn vars föräldrar har missbruk.', tag: '#z' },
];
const fields = ['name', 'summary', 'tag'];
const boosts: Record<string, number> = { name: 10, summary: 1, tag: 8 };
const index = lunr((b) => {
  useSwedish(b);
  b.ref('id');
  for (const f of fields) b.field(f, { boost: boosts[f] });
  for (const d of docs)
    b.add({ id: d.id, name: words(d.name), summary: words(d.summary), tag: [d.tag] });
});
const scorer = new Scorer(
  index,
  docs.map((d) => d.id),
);
const termList = new TermList(scorer.terms);

interface C {
  term: string;
  prefix: boolean;
  boost: number;
  tagOnly: boolean;
}

function both(clauses: C[]): { ours: Record<string, number>; theirs: Record<string, number> } {
  const theirs = Object.fromEntries(
    index
      .query((q) => {
        for (const c of clauses)
          q.term(c.term, {
            usePipeline: false,
            boost: c.boost,
            wildcard: c.prefix ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE,
            ...(c.tagOnly ? { fields: ['tag'] } : {}),
          });
      })
      .map((r) => [r.ref, r.score]),
  );
  const tag = scorer.fields.indexOf('tag');
  const all = scorer.fields.map((_, i) => i);
  const ours = Object.fromEntries(
    scorer
      .score(
        clauses.map((c) => ({
          terms: c.prefix ? termList.withPrefix(c.term) : termList.has(c.term) ? [c.term] : [],
          boost: c.boost,
          fields: c.tagOnly ? [tag] : all,
        })),
      )
      .map((r) => [docs[r.doc]!.id, r.score]),
  );
  return { ours, theirs };
}

function expectSame(clauses: C[]) {
  const { ours, theirs } = both(clauses);
  expect(Object.keys(ours).sort(), JSON.stringify(clauses)).to.deep.equal(
    Object.keys(theirs).sort(),
  );
  for (const [id, s] of Object.entries(theirs))
    expect(ours[id], id).to.be.closeTo(s, 1e-9 + s * 1e-9);
}

describe('search scorer = lunr Index#query', () => {
  it('gives lunr’s scores for exact, prefix and field-restricted clauses', () => {
    expectSame([
      { term: 'forald', prefix: true, boost: 0.3, tagOnly: false },
      { term: 'forald', prefix: false, boost: 1, tagOnly: false },
      { term: 'missbruk', prefix: false, boost: 1, tagOnly: false },
      { term: '#z', prefix: false, boost: 1, tagOnly: true },
    ]);
    expectSame([{ term: 'skol', prefix: true, boost: 0.3, tagOnly: false }]);
    expectSame([{ term: 'finnsinte', prefix: false, boost: 1, tagOnly: false }]);
  });

  it('gives lunr’s scores for 300 random clause sets', () => {
    const term = fc.oneof(
      fc.constantFrom(...scorer.terms),
      fc.constantFrom(...scorer.terms).map((t) => t.slice(0, Math.max(1, t.length - 3))),
      fc.string({ minLength: 1, maxLength: 5 }),
    );
    const clause = fc.record({
      term,
      prefix: fc.boolean(),
      boost: fc.double({ min: 0.1, max: 10, noNaN: true }),
      tagOnly: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(clause, { minLength: 1, maxLength: 8 }), (clauses) => {
        // lunr treats '*' in a term as a wildcard; our clauses never contain one.
        expectSame(clauses.filter((c) => !c.term.includes('*')));
      }),
      { numRuns: 300, seed: 9 },
    );
  });
});
