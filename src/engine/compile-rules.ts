// The rule engine behind one door: compileRules builds a rule set once per catalogue version, and
// fired(…) answers "which rules fire for these facts at this age?". Everything else in engine/ is
// how it answers fast: a simpler design (every rule through json-rules-engine per request) measured
// 4–8× slower at ten times the catalogue (README, "Why the rule engine is fast").
//
// Glossary
// - atom: one value a profile can have, `criminality=convicted`, `violence∋witnessed` (rule-index.ts).
// - trigger: the atoms a rule needs at least one of to possibly fire (none: it may always fire).
// - leaf: one condition that tests one fact against one constant (leaf-table.ts); a rule's outcome
//   is a boolean function of its leaves.
// - bucket: rules with the same triggers and age interval, run together by one engine pool.
// - group: buckets whose rules read the same facts; they share the first memo level.
// - hull: the smallest age interval covering a group's buckets reachable from one atom.
// - outcome: the events a group's due buckets fire, memoised by which of its leaves hold.
// The mutable parts (memos, engine pools, leaf scratch) are in an EngineRuntime (runtime.ts).
import type { RuleProperties } from 'json-rules-engine';
import type { Condition, FactsConfig, Intervention, RuleDef } from '../catalogue/types.js';
import { allFactTypes, type Facts, type FactType } from '../catalogue/fact-types.js';
import {
  atomsOf,
  atomTableOf,
  bucketKey,
  requirementIn,
  type AtomRow,
  type Requirement,
} from './rule-index.js';
import { LeafTable, memoKey } from './leaf-table.js';
import { memoised } from './memo.js';
import { toEngineRule } from './engine-pool.js';
import { engineRuntime, type EngineRuntime } from './runtime.js';
import type { Outcome, SupportEvent } from './types.js';
import { supportOf } from './support-event.js';

export type { EngineRuntime, SupportEvent };

interface Bucket extends Requirement {
  key: string;
  ruleIds: string[];
  /** Facts the bucket's rules read: json-rules-engine hashes every runtime fact on each run, so we pass only these. */
  facts: string[];
  /** Distinct condition leaves of the bucket's rules: the second-level memo key (see MemoGroup). */
  leaves: Int32Array;
  /** Its position: its memo and engine pool in EngineRuntime. */
  index: number;
  engineRules: RuleProperties[];
  supports: SupportEvent[];
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
  /** Its position: its memo in EngineRuntime. */
  index: number;
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
  /** What fired() reads; nothing outside engine/ needs it. */
  readonly inner: Inner;
}

interface Inner {
  atomTable: AtomRow[];
  leafTable: LeafTable;
  groups: MemoGroup[];
  always: GroupEntry[];
  byAtom: Map<string, GroupEntry[]>;
}

function factsOf(c: Condition): string[] {
  if ('all' in c) return c.all.flatMap(factsOf);
  if ('any' in c) return c.any.flatMap(factsOf);
  if ('not' in c) return factsOf(c.not);
  return [c.fact];
}

export function compileRules(
  rules: RuleDef[],
  factsCfg: FactsConfig,
  interventions: readonly Intervention[],
  readingFactor = 1,
): CompiledRules {
  const types: Record<string, FactType> = allFactTypes(factsCfg.ageBands.map((b) => b.id));
  const atomTable = atomTableOf(types);
  const defaults = new Set(atomsOf({}, atomTable));
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
    const req = requirementIn(r.conditions, types, factsCfg.ageBands, defaults);
    const key = bucketKey(req);
    const b = byKey.get(key) ?? { req, rules: [] };
    b.rules.push(r);
    byKey.set(key, b);
  }
  const buckets: Bucket[] = [...byKey.entries()].map(([key, { req, rules: rs }], index) => ({
    ...req,
    key,
    ruleIds: rs.map((r) => r.id),
    facts: [...new Set(rs.flatMap((r) => factsOf(r.conditions)))].sort(),
    leaves: leafTable.idsOf(rs),
    index,
    engineRules: rs.map((r, i) => toEngineRule(r, i)),
    supports: rs.map((r) => supports.get(r.id)!),
  }));

  const groupByFacts = new Map<string, MemoGroup>();
  const groupOf = new Map<Bucket, MemoGroup>();
  for (const b of buckets) {
    const k = b.facts.join('\u0000');
    let g = groupByFacts.get(k);
    if (!g) {
      g = { facts: b.facts, leaves: new Int32Array(0), buckets: [], index: groupByFacts.size };
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

  return {
    rules,
    buckets,
    rulesByIntervention,
    supportersOf,
    needIndex,
    inner: { atomTable, leafTable, groups, always, byAtom },
  };
}

/** A fresh runtime (empty memos, no engines yet) for these compiled rules. */
export function newEngineRuntime(rules: CompiledRules): EngineRuntime {
  return engineRuntime({ ...rules.inner, buckets: rules.buckets });
}

/** The buckets a profile with these atoms and this age must run (the rest cannot fire). */
const isDue = (b: Bucket, atoms: ReadonlySet<string>, age: number) =>
  age >= b.ageMin &&
  age <= b.ageMax &&
  (b.triggers === null || b.triggers.some((a) => atoms.has(a)));

const runBucket = (rt: EngineRuntime, b: Bucket, facts: Facts) =>
  rt.pools[b.index]!.run(Object.fromEntries(b.facts.map((f) => [f, facts[f]])));

const gather = async (outcomes: Outcome[]) => (await Promise.all(outcomes)).flat();

/**
 * The rules that fire for these facts at this age, as lists of events (memoised outcomes, shared:
 * callers must not modify them); flatten for one list. `memo: false` runs every due bucket through
 * json-rules-engine, to measure cold evaluation or to check the memo against it.
 */
export async function fired(
  compiled: CompiledRules,
  rt: EngineRuntime,
  facts: Facts,
  age: number,
  opts: { memo?: boolean } = {},
): Promise<readonly SupportEvent[][]> {
  const atoms = atomsOf(facts, compiled.inner.atomTable);
  if (opts.memo === false) {
    const atomSet = new Set(atoms);
    return Promise.all(
      compiled.buckets.filter((b) => isDue(b, atomSet, age)).map((b) => runBucket(rt, b, facts)),
    );
  }
  const { out, pending } = lookUp(compiled.inner, rt, facts, age, atoms);
  if (pending.length) for (const events of await Promise.all(pending)) out.push(events);
  return out;
}

/**
 * The memo lookups of one request. Synchronous on purpose: the leaf scratch is shared by every
 * request of the version, and a function that cannot await cannot let another request in between
 * begin() and the last key.
 */
function lookUp(
  inner: Inner,
  rt: EngineRuntime,
  facts: Facts,
  age: number,
  atoms: string[],
): { out: SupportEvent[][]; pending: Promise<SupportEvent[]>[] } {
  const touched = new Set<MemoGroup>();
  for (const e of inner.always) if (age >= e.ageMin && age <= e.ageMax) touched.add(e.group);
  for (const atom of atoms) {
    for (const e of inner.byAtom.get(atom) ?? [])
      if (age >= e.ageMin && age <= e.ageMax) touched.add(e.group);
  }
  const out: SupportEvent[][] = [];
  const pending: Promise<SupportEvent[]>[] = [];
  let atomSet: Set<string> | undefined;
  const leaves = rt.leaves;
  leaves.begin();
  for (const g of touched) {
    const outcome = memoised(rt.groupMemos[g.index]!, memoKey(g.leaves, leaves, facts), () => {
      atomSet ??= new Set(atoms);
      const due = g.buckets.filter((b) => isDue(b, atomSet!, age));
      return gather(
        due.map((b) =>
          memoised(rt.bucketMemos[b.index]!, memoKey(b.leaves, leaves, facts), () =>
            runBucket(rt, b, facts),
          ),
        ),
      );
    });
    if (Array.isArray(outcome)) out.push(outcome);
    else pending.push(outcome);
  }
  return { out, pending };
}
