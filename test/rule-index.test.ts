// The rule index may only skip rules that cannot fire. Compared against one plain engine holding
// every rule, the indexed run must fire exactly the same rules for any profile.
import { expect } from 'chai';
import fc from 'fast-check';
import { Engine } from 'json-rules-engine';
import { sharedStore } from './helpers/app.js';
import { profileArb } from './helpers/arbitraries.js';
import { fired as firedRules } from '../src/engine/compile-rules.js';
import { toEngineRule } from '../src/engine/engine-pool.js';
import { operatorTest, requirementOf } from '../src/engine/rule-index.js';
import { deriveFacts } from '../src/recommend/derive-facts.js';
import { allFactTypes } from '../src/catalogue/fact-types.js';
import type { Profile } from '../src/recommend/profile.js';
import type { Condition } from '../src/catalogue/types.js';

describe('rule index', () => {
  const types = allFactTypes(['small-child', 'school-child', 'teenager', 'young-adult']);
  const bands = [
    { id: 'small-child', min: 0, max: 5 },
    { id: 'school-child', min: 6, max: 12 },
    { id: 'teenager', min: 13, max: 17 },
    { id: 'young-adult', min: 18, max: 25 },
  ];

  it('derives trigger values and age bounds from conditions', () => {
    const c: Condition = {
      all: [
        { fact: 'criminality', operator: 'in', value: ['suspected', 'convicted'] },
        { fact: 'age', operator: 'greaterThanInclusive', value: 15 },
        { fact: 'ageBand', operator: 'in', value: ['teenager', 'young-adult'] },
      ],
    };
    expect(requirementOf(c, types, bands)).to.deep.equal({
      triggers: ['criminality=convicted', 'criminality=suspected'],
      ageMin: 15,
      ageMax: 25,
    });
  });

  it('an `any` needs every branch to require a value before it can prune', () => {
    const both: Condition = {
      any: [
        { fact: 'aggression', operator: 'equal', value: true },
        { fact: 'violence', operator: 'contains', value: 'witnessed' },
      ],
    };
    expect(requirementOf(both, types, bands).triggers).to.deep.equal([
      'aggression=true',
      'violence∋witnessed',
    ]);
    const open: Condition = {
      any: [
        { fact: 'aggression', operator: 'equal', value: true },
        { fact: 'violence', operator: 'doesNotContain', value: 'neglect' },
      ],
    };
    expect(requirementOf(open, types, bands).triggers).to.equal(null);
  });

  it('a condition every value satisfies requires nothing; one the absent answer satisfies still prunes by value', () => {
    const always: Condition = {
      all: [
        {
          fact: 'criminality',
          operator: 'in',
          value: ['none', 'at-risk', 'suspected', 'convicted'],
        },
      ],
    };
    expect(requirementOf(always, types, bands).triggers).to.equal(null);
    const c: Condition = {
      all: [
        { fact: 'criminality', operator: 'notEqual', value: 'convicted' },
        { fact: 'age', operator: 'lessThan', value: 10 },
      ],
    };
    expect(requirementOf(c, types, bands)).to.deep.equal({
      triggers: ['criminality=at-risk', 'criminality=none', 'criminality=suspected'],
      ageMin: -Infinity,
      ageMax: 9,
    });
  });

  it('prefers values an absent answer does not have when choosing among `all` children', () => {
    const c: Condition = {
      all: [
        { fact: 'substanceUse', operator: 'notEqual', value: 'dependent' },
        { fact: 'criminality', operator: 'in', value: ['suspected', 'convicted'] },
        { fact: 'schoolAbsence', operator: 'in', value: ['none', 'occasional', 'frequent'] },
      ],
    };
    expect(requirementOf(c, types, bands).triggers).to.deep.equal([
      'criminality=convicted',
      'criminality=suspected',
    ]);
  });

  it('fires exactly the rules a single plain engine fires, for 500 random profiles', async () => {
    const v = (await sharedStore()).current();
    const engine = new Engine(
      v.rules.rules.map((r) => toEngineRule(r)),
      { allowUndefinedFacts: false },
    );
    const profiles = fc.sample(profileArb([...v.districtById.keys()]), {
      numRuns: 500,
      seed: 1,
    }) as Profile[];
    let fired = 0;
    for (const p of profiles) {
      const facts = deriveFacts(p, v.factDeriver);
      const plain = (await engine.run(facts)).events
        .map((e) => (e.params as { ruleId: string }).ruleId)
        .sort();
      const indexed = (await firedRules(v.rules, v.runtime.engine, facts, p.age))
        .flat()
        .map((e) => e.ruleId)
        .sort();
      expect(indexed, JSON.stringify(p)).to.deep.equal(plain);
      fired += plain.length;
    }
    expect(fired).to.be.greaterThan(500);
  });

  it('tests every condition leaf of the rules exactly as json-rules-engine does, for every value its fact can take', async () => {
    // The index prunes with these tests and the memo keys on them: a disagreement would serve
    // another profile's answer. Each leaf runs in an engine of its own against each value.
    const v = (await sharedStore()).current();
    const leaves = new Map<string, { fact: string; operator: string; value: unknown }>();
    const walk = (c: Condition): void => {
      if ('all' in c) c.all.forEach(walk);
      else if ('any' in c) c.any.forEach(walk);
      else if ('not' in c) walk(c.not);
      else leaves.set(JSON.stringify(c), c);
    };
    for (const r of v.rules.rules) walk(r.conditions);
    // Plus every operator on every fact, so operators no rule uses yet are held to the engine too.
    for (const [fact, t] of Object.entries(types)) {
      const c =
        t.kind === 'integer' ? t.min + 3 : t.kind === 'boolean' ? true : (t.values[0] as unknown);
      const ops =
        t.kind === 'enum-array'
          ? ['contains', 'doesNotContain']
          : t.kind === 'integer'
            ? ['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive', 'equal']
            : ['equal', 'notEqual'];
      for (const operator of ops) walk({ fact, operator, value: c } as Condition);
      if (t.kind !== 'enum-array') {
        walk({ fact, operator: 'in', value: [c] } as Condition);
        walk({ fact, operator: 'notIn', value: [c] } as Condition);
      }
    }
    const valuesOf = (fact: string): unknown[] => {
      const t = types[fact]!;
      if (t.kind === 'boolean') return [true, false];
      if (t.kind === 'enum') return t.values;
      if (t.kind === 'integer')
        return Array.from({ length: Math.min(t.max, 30) - t.min + 1 }, (_, i) => t.min + i);
      return [[], ...t.values.map((x) => [x]), t.values.slice(0, 2), t.values];
    };
    let compared = 0;
    for (const leaf of leaves.values()) {
      const engine = new Engine(
        [{ conditions: { all: [leaf] }, event: { type: 'hit' } } as never],
        { allowUndefinedFacts: false },
      );
      const test = operatorTest(leaf.operator, leaf.value);
      for (const x of valuesOf(leaf.fact)) {
        const fired = (await engine.run({ [leaf.fact]: x })).events.length === 1;
        expect(test(x), `${JSON.stringify(leaf)} with ${JSON.stringify(x)}`).to.equal(fired);
        compared++;
      }
    }
    expect(leaves.size).to.be.greaterThan(50);
    expect(compared).to.be.greaterThan(500);
  });

  it('prunes: a profile with no needs evaluates no need-area bucket', async () => {
    const v = (await sharedStore()).current();
    const facts = deriveFacts({ age: 10 }, v.factDeriver);
    expect((await firedRules(v.rules, v.runtime.engine, facts, 10)).flat()).to.deep.equal([]);
    expect(v.rules.buckets.length).to.be.greaterThan(5);
  });
});
