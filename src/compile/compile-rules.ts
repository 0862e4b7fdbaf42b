// Step 3: compile the validated rules into json-rules-engine engines, once per catalogue version.
// json-rules-engine keeps run status on the Engine, so overlapping run() calls on one engine can
// silently skip rules; every run therefore borrows an engine of its own from a small pool.
import { Engine, type RuleProperties } from 'json-rules-engine';
import type { Condition, FactsConfig, Intervention, RuleDef } from '../domain/types.js';
import { allFactTypes } from '../recommend/fact-types.js';
import { atomsOf, bucketKey, requirementOf, type Requirement } from './rule-index.js';
import type { Facts } from '../recommend/derive-facts.js';

export interface SupportEvent {
  ruleId: string;
  interventions: string[];
  /** The same interventions, resolved once at compile time (validation guarantees they exist). */
  targets: Intervention[];
  weight: number;
  reason: string;
  needArea: string;
}

/** Engines are cheap to keep but not free; beyond this many idle engines per bucket we let them go. */
const MAX_IDLE_ENGINES = 32;

/**
 * Rule evaluation is a pure function of the facts a bucket reads (all facts are static profile
 * data), so each bucket memoises its outcome per distinct combination of those values. The key
 * space is small (a bucket reads 1–4 facts), the cache is bounded, and it lives and dies with the
 * catalogue version, so a reload can never serve stale answers.
 */
const MAX_MEMO_ENTRIES = 2000;

class Memo<V> {
  // Insertion-ordered, evicting the oldest entry when full. Hits do not refresh recency: the key
  // spaces are small, and a delete + set per hit would cost more than the rare re-evaluation.
  private map = new Map<string, V>();
  get(key: string): V | undefined {
    return this.map.get(key);
  }
  set(key: string, v: V): void {
    if (!this.map.has(key) && this.map.size >= MAX_MEMO_ENTRIES) {
      this.map.delete(this.map.keys().next().value!);
    }
    this.map.set(key, v);
  }
  delete(key: string): void {
    this.map.delete(key);
  }
}

class EnginePool {
  private idle: Engine[] = [];
  constructor(
    private readonly rules: RuleProperties[],
    private readonly supports: SupportEvent[],
  ) {}

  private create(): Engine {
    return new Engine(
      this.rules.map((r) => structuredClone(r)),
      { allowUndefinedFacts: false },
    );
  }

  async run(facts: Facts): Promise<SupportEvent[]> {
    const engine = this.idle.pop() ?? this.create();
    try {
      const { events } = await engine.run(facts);
      return events.map((e) => this.supports[(e.params as { rule: number }).rule]!);
    } finally {
      if (this.idle.length < MAX_IDLE_ENGINES) this.idle.push(engine);
    }
  }
}

interface Bucket extends Requirement {
  key: string;
  ruleIds: string[];
  /** Facts the bucket's rules read: json-rules-engine hashes every runtime fact on each run, so we pass only these. */
  facts: string[];
  /**
   * Ages where one of the bucket's age comparisons can change outcome. Two ages with as many cuts
   * at or below them compare alike against every constant, so the memo keys on that count.
   */
  ageCuts: number[];
  pool: EnginePool;
  memo: Memo<SupportEvent[] | Promise<SupportEvent[]>>;
}

export interface CompiledRules {
  rules: RuleDef[];
  buckets: Bucket[];
  /** Rules that support each intervention (for "why not" explanations). */
  rulesByIntervention: Map<string, RuleDef[]>;
  run(facts: Facts, age: number, opts?: { memo?: boolean }): Promise<SupportEvent[]>;
}

function ageConstantsOf(c: Condition): number[] {
  if ('all' in c) return c.all.flatMap(ageConstantsOf);
  if ('any' in c) return c.any.flatMap(ageConstantsOf);
  if ('not' in c) return ageConstantsOf(c.not);
  if (c.fact !== 'age') return [];
  return (Array.isArray(c.value) ? c.value : [c.value]).filter(
    (x): x is number => typeof x === 'number',
  );
}

function factsOf(c: Condition): string[] {
  if ('all' in c) return c.all.flatMap(factsOf);
  if ('any' in c) return c.any.flatMap(factsOf);
  if ('not' in c) return factsOf(c.not);
  return [c.fact];
}

export function supportOf(r: RuleDef, byId: ReadonlyMap<string, Intervention>): SupportEvent {
  return {
    ruleId: r.id,
    interventions: r.event.interventions,
    targets: r.event.interventions.map((id) => byId.get(id)).filter((i): i is Intervention => !!i),
    weight: r.event.weight,
    reason: r.event.reason,
    needArea: r.needArea,
  };
}

/**
 * The engine's event carries only the rule's index in its bucket: json-rules-engine deep-clones
 * every evaluated rule's event, so small params keep a run cheap. The support data stays with us.
 */
export function toEngineRule(r: RuleDef, index = 0): RuleProperties {
  return {
    name: r.id,
    conditions: r.conditions as RuleProperties['conditions'],
    event: { type: 'support', params: { rule: index, ruleId: r.id } },
  };
}

export function compileRules(
  rules: RuleDef[],
  factsCfg: FactsConfig,
  interventionById: ReadonlyMap<string, Intervention>,
): CompiledRules {
  const types = allFactTypes(factsCfg.ageBands.map((b) => b.id));
  const byKey = new Map<string, { req: Requirement; rules: RuleDef[] }>();
  for (const r of rules) {
    const req = requirementOf(r.conditions, types, factsCfg.ageBands);
    const key = bucketKey(req);
    const b = byKey.get(key) ?? { req, rules: [] };
    b.rules.push(r);
    byKey.set(key, b);
  }
  const buckets: Bucket[] = [...byKey.entries()].map(([key, { req, rules: rs }]) => ({
    ...req,
    key,
    ruleIds: rs.map((r) => r.id),
    facts: [...new Set(rs.flatMap((r) => factsOf(r.conditions)))].sort(),
    ageCuts: [
      ...new Set(rs.flatMap((r) => ageConstantsOf(r.conditions)).flatMap((v) => [v, v + 1])),
    ].sort((a, b) => a - b),
    pool: new EnginePool(
      rs.map((r, i) => toEngineRule(r, i)),
      rs.map((r) => supportOf(r, interventionById)),
    ),
    memo: new Memo<SupportEvent[] | Promise<SupportEvent[]>>(),
  }));
  // Buckets by trigger atom, so a profile touches only the buckets whose values it has.
  const always = buckets.filter((b) => b.triggers === null);
  const byAtom = new Map<string, Bucket[]>();
  for (const b of buckets)
    for (const a of b.triggers ?? []) byAtom.set(a, [...(byAtom.get(a) ?? []), b]);
  const rulesByIntervention = new Map<string, RuleDef[]>();
  for (const r of rules) {
    for (const id of r.event.interventions)
      rulesByIntervention.set(id, [...(rulesByIntervention.get(id) ?? []), r]);
  }

  return {
    rules,
    buckets,
    rulesByIntervention,
    async run(facts, age, opts = {}) {
      const memo = opts.memo !== false;
      const due = new Set<Bucket>();
      for (const b of always) if (age >= b.ageMin && age <= b.ageMax) due.add(b);
      for (const atom of atomsOf(facts, types)) {
        for (const b of byAtom.get(atom) ?? []) if (age >= b.ageMin && age <= b.ageMax) due.add(b);
      }
      const out: SupportEvent[] = [];
      const pending: Promise<SupportEvent[]>[] = [];
      // Each fact's value as a key part, computed once per request rather than once per bucket.
      const part = new Map<string, string>();
      const keyOf = (b: Bucket) => {
        let key = '';
        for (const f of b.facts) {
          if (f === 'age') {
            let cls = 0;
            for (const cut of b.ageCuts) if (cut <= age) cls++;
            key += `a${cls}\u0000`;
            continue;
          }
          let p = part.get(f);
          if (p === undefined) {
            p = JSON.stringify(facts[f]);
            part.set(f, p);
          }
          key += p + '\u0000';
        }
        return key;
      };
      for (const b of due) {
        if (!memo) {
          pending.push(b.pool.run(Object.fromEntries(b.facts.map((f) => [f, facts[f]]))));
          continue;
        }
        const key = keyOf(b);
        const hit = b.memo.get(key);
        if (Array.isArray(hit)) {
          for (const e of hit) out.push(e);
          continue;
        }
        if (hit) {
          pending.push(hit);
          continue;
        }
        // Store the promise so concurrent identical requests share one engine run; replace it
        // with the plain result once known (memo hits then need no promise at all).
        const run = b.pool.run(Object.fromEntries(b.facts.map((f) => [f, facts[f]])));
        b.memo.set(key, run);
        run.then(
          (events) => b.memo.set(key, events),
          () => b.memo.delete(key), // never memoise a failure
        );
        pending.push(run);
      }
      if (pending.length)
        for (const events of await Promise.all(pending)) for (const e of events) out.push(e);
      return out;
    },
  };
}
