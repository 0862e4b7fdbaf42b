// Step 3: compile the validated rules into json-rules-engine engines, once per catalogue version.
// json-rules-engine keeps run status on the Engine, so overlapping run() calls on one engine can
// silently skip rules; every run therefore borrows an engine of its own from a small pool.
import { Engine, type RuleProperties } from 'json-rules-engine';
import type { Condition, FactsConfig, Intervention, RuleDef } from '../domain/types.js';
import { allFactTypes } from '../recommend/fact-types.js';
import { atomsOf, bucketKey, requirementOf, type Requirement } from './rule-index.js';
import { LeafTable, memoKey } from './leaf-table.js';
import { Memo, memoised, type Outcome } from './memo.js';
import type { Facts } from '../recommend/derive-facts.js';

export interface SupportEvent {
  ruleId: string;
  /** The rule's position in rule-id order, so shown reasons sort by number rather than by string. */
  order: number;
  /** The interventions it names, as positions in the version's (id-ordered) intervention list. */
  targetIndex: Int32Array;
  weight: number;
  /** The weight per target: × readingFactor where the need area is only the catalogue's reading. */
  targetWeight: Float64Array;
  /** 1 per target whose record does not state this need area, only reads it (needAreasReading). */
  targetByReading: Uint8Array;
  reason: string;
  needArea: string;
  /** The need area's number in CompiledRules.needIndex. */
  needIndex: number;
}

/** The record reaches this need area only through the editors' reading, not through a source. */
export function isReadingOnly(i: Intervention, needArea: string): boolean {
  return !i.needAreas.includes(needArea) && (i.needAreasReading?.areas.includes(needArea) ?? false);
}

/** Engines are cheap to keep but not free; beyond this many idle engines per bucket we let them go. */
const MAX_IDLE_ENGINES = 32;

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
  /** Distinct condition leaves of the bucket's rules: the second-level memo key (see MemoGroup). */
  leaves: Int32Array;
  pool: EnginePool;
  /** Second memo level: a group miss re-runs only buckets whose own key is new. */
  memo: Memo<Outcome>;
}

/**
 * Buckets whose rules read the same facts share one memo, so a profile costs one lookup per fact
 * set however many buckets (and rules) the catalogue has. The key is which of the group's condition
 * leaves hold: a rule's outcome is a boolean function of its leaves, so profiles with equal keys get
 * equal outcomes, and profiles that differ only in ways no rule tests share one entry. Non-due
 * buckets never fire, so the memoised outcome is just the due buckets' events.
 */
interface MemoGroup {
  facts: string[];
  leaves: Int32Array;
  buckets: Bucket[];
  memo: Memo<Outcome>;
}

/** A group reachable from an atom (or from no atom), with the age hull of the buckets behind it. */
interface GroupEntry {
  group: MemoGroup;
  ageMin: number;
  ageMax: number;
}

export interface CompiledRules {
  rules: RuleDef[];
  buckets: Bucket[];
  /** Rules that support each intervention (for "why not" explanations). */
  rulesByIntervention: Map<string, RuleDef[]>;
  /** Each option's supporting rules by position, in rule-id order. */
  supportersOf: SupportEvent[][];
  /** Need areas the rules serve, numbered (SupportEvent.needIndex). */
  needIndex: ReadonlyMap<string, number>;
  /**
   * The rules that fire for these facts, as lists of events (memoised outcomes, shared: callers
   * must not modify them); flatten for one list.
   */
  run(facts: Facts, age: number, opts?: { memo?: boolean }): Promise<readonly SupportEvent[][]>;
}

function factsOf(c: Condition): string[] {
  if ('all' in c) return c.all.flatMap(factsOf);
  if ('any' in c) return c.any.flatMap(factsOf);
  if ('not' in c) return factsOf(c.not);
  return [c.fact];
}

export function supportOf(
  r: RuleDef,
  order: number,
  indexById: ReadonlyMap<string, number>,
  needIndex: ReadonlyMap<string, number>,
  interventions: readonly Intervention[] = [],
  readingFactor = 1,
): SupportEvent {
  // Validation guarantees every named intervention exists.
  const targetIndex = Int32Array.from(r.event.interventions, (id) => indexById.get(id)!);
  const byReading = Uint8Array.from(targetIndex, (x) =>
    interventions[x] && isReadingOnly(interventions[x], r.needArea) ? 1 : 0,
  );
  return {
    ruleId: r.id,
    order,
    needIndex: needIndex.get(r.needArea)!,
    targetIndex,
    targetWeight: Float64Array.from(byReading, (b) =>
      b ? r.event.weight * readingFactor : r.event.weight,
    ),
    targetByReading: byReading,
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
  interventions: readonly Intervention[],
  readingFactor = 1,
): CompiledRules {
  const types = allFactTypes(factsCfg.ageBands.map((b) => b.id));
  const indexById = new Map(interventions.map((i, x) => [i.id, x]));
  const leafTable = new LeafTable();
  const orderById = new Map(
    rules
      .map((r) => r.id)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .map((id, order) => [id, order]),
  );
  const needIndex = new Map([...new Set(rules.map((r) => r.needArea))].map((n, i) => [n, i]));
  const supports = new Map(
    rules.map((r) => [
      r.id,
      supportOf(r, orderById.get(r.id)!, indexById, needIndex, interventions, readingFactor),
    ]),
  );
  // Each option's supporting rules in rule-id order: a shown option's reasons are those that fired.
  const supportersOf: SupportEvent[][] = interventions.map(() => []);
  for (const e of [...supports.values()].sort((a, b) => a.order - b.order))
    for (const x of e.targetIndex) supportersOf[x]!.push(e);
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
    leaves: leafTable.idsOf(rs),
    pool: new EnginePool(
      rs.map((r, i) => toEngineRule(r, i)),
      rs.map((r) => supports.get(r.id)!),
    ),
    memo: new Memo<Outcome>(),
  }));

  const groupByFacts = new Map<string, MemoGroup>();
  const groupOf = new Map<Bucket, MemoGroup>();
  for (const b of buckets) {
    const k = b.facts.join('\u0000');
    let g = groupByFacts.get(k);
    if (!g) {
      g = { facts: b.facts, leaves: new Int32Array(0), buckets: [], memo: new Memo() };
      groupByFacts.set(k, g);
    }
    g.buckets.push(b);
    groupOf.set(b, g);
  }
  const groups = [...groupByFacts.values()];
  for (const g of groups)
    g.leaves = leafTable.idsOf(g.buckets.flatMap((b) => byKey.get(b.key)!.rules));

  // Groups by trigger atom (and those needing none), each with the age hull of its buckets there.
  const entries = (bs: Bucket[]): GroupEntry[] => {
    const hull = new Map<MemoGroup, GroupEntry>();
    for (const b of bs) {
      const g = groupOf.get(b)!;
      const e = hull.get(g);
      if (e) {
        e.ageMin = Math.min(e.ageMin, b.ageMin);
        e.ageMax = Math.max(e.ageMax, b.ageMax);
      } else hull.set(g, { group: g, ageMin: b.ageMin, ageMax: b.ageMax });
    }
    return [...hull.values()];
  };
  const alwaysBuckets = buckets.filter((b) => b.triggers === null);
  const bucketsByAtom = new Map<string, Bucket[]>();
  for (const b of buckets)
    for (const a of b.triggers ?? []) bucketsByAtom.set(a, [...(bucketsByAtom.get(a) ?? []), b]);
  const always = entries(alwaysBuckets);
  const byAtom = new Map([...bucketsByAtom].map(([a, bs]) => [a, entries(bs)]));

  const rulesByIntervention = new Map<string, RuleDef[]>();
  for (const r of rules) {
    for (const id of r.event.interventions)
      rulesByIntervention.set(id, [...(rulesByIntervention.get(id) ?? []), r]);
  }

  /** The buckets a profile with these atoms and this age must run (the rest cannot fire). */
  const isDue = (b: Bucket, atoms: ReadonlySet<string>, age: number) =>
    age >= b.ageMin &&
    age <= b.ageMax &&
    (b.triggers === null || b.triggers.some((a) => atoms.has(a)));
  const runBucket = (b: Bucket, facts: Facts) =>
    b.pool.run(Object.fromEntries(b.facts.map((f) => [f, facts[f]])));
  const gather = async (outcomes: Outcome[]) => (await Promise.all(outcomes)).flat();

  return {
    rules,
    buckets,
    rulesByIntervention,
    supportersOf,
    needIndex,
    async run(facts, age, opts = {}) {
      const atoms = atomsOf(facts, types);
      if (opts.memo === false) {
        const atomSet = new Set(atoms);
        return Promise.all(
          buckets.filter((b) => isDue(b, atomSet, age)).map((b) => runBucket(b, facts)),
        );
      }
      const touched = new Set<MemoGroup>();
      for (const e of always) if (age >= e.ageMin && age <= e.ageMax) touched.add(e.group);
      for (const atom of atoms) {
        for (const e of byAtom.get(atom) ?? [])
          if (age >= e.ageMin && age <= e.ageMax) touched.add(e.group);
      }
      const out: SupportEvent[][] = [];
      const pending: Promise<SupportEvent[]>[] = [];
      let atomSet: Set<string> | undefined;
      leafTable.begin();
      for (const g of touched) {
        const outcome = memoised(g.memo, memoKey(g.leaves, leafTable, facts), () => {
          atomSet ??= new Set(atoms);
          const due = g.buckets.filter((b) => isDue(b, atomSet!, age));
          return gather(
            due.map((b) =>
              memoised(b.memo, memoKey(b.leaves, leafTable, facts), () => runBucket(b, facts)),
            ),
          );
        });
        if (Array.isArray(outcome)) out.push(outcome);
        else pending.push(outcome);
      }
      if (pending.length) for (const events of await Promise.all(pending)) out.push(events);
      return out;
    },
  };
}
