// Which profiles can a rule possibly match? From the condition tree alone we derive a set of value
// "atoms" — `criminality=convicted`, `violence∋witnessed`, `aggression=true` — at least one of which
// a profile must have for the rule to possibly fire, and an age interval. Rules with the same key
// share a bucket; a profile only runs the buckets whose atoms it has, so adding rules for other
// needs, values or ages does not slow down a given recommendation.
import type { Condition } from '../catalogue/types.js';
import { defaultFactValue, type FactType } from '../catalogue/fact-types.js';

export interface Requirement {
  /** null: nothing required; else the profile must have at least one of these atoms. */
  triggers: string[] | null;
  ageMin: number;
  ageMax: number;
}

const UNBOUNDED: Requirement = { triggers: null, ageMin: -Infinity, ageMax: Infinity };

const isNumeric = (x: unknown) => Number.parseFloat(x as string).toString() !== 'NaN';

/**
 * json-rules-engine's built-in operators with its semantics (its numeric operators first check the
 * fact value parses as a number; contains/doesNotContain need an array), as a test of a fact value
 * against a fixed constant. A test holds this to the engine itself, since the index's pruning and
 * the memo keys both rely on it. An unknown operator proves nothing, so it always holds.
 */
export function operatorTest(op: string, value: unknown): (factValue: unknown) => boolean {
  const list = Array.isArray(value) ? (value as unknown[]) : null;
  const n = value as number;
  switch (op) {
    case 'equal':
      return (a) => a === value;
    case 'notEqual':
      return (a) => a !== value;
    case 'in':
      return (a) => !!list && list.includes(a);
    case 'notIn':
      return (a) => !!list && !list.includes(a);
    case 'contains':
      return (a) => Array.isArray(a) && a.includes(value);
    case 'doesNotContain':
      return (a) => Array.isArray(a) && !a.includes(value);
    case 'lessThan':
      return (a) => isNumeric(a) && (a as number) < n;
    case 'lessThanInclusive':
      return (a) => isNumeric(a) && (a as number) <= n;
    case 'greaterThan':
      return (a) => isNumeric(a) && (a as number) > n;
    case 'greaterThanInclusive':
      return (a) => isNumeric(a) && (a as number) >= n;
    default:
      return () => true;
  }
}

export function holds(op: string, factValue: unknown, value: unknown): boolean {
  return operatorTest(op, value)(factValue);
}

function ageInterval(op: string, value: unknown): [number, number] {
  const v = value as number;
  switch (op) {
    case 'equal':
      return [v, v];
    case 'greaterThan':
      return [v + 1, Infinity];
    case 'greaterThanInclusive':
      return [v, Infinity];
    case 'lessThan':
      return [-Infinity, v - 1];
    case 'lessThanInclusive':
      return [-Infinity, v];
    case 'in':
      return [Math.min(...(value as number[])), Math.max(...(value as number[]))];
    default:
      return [-Infinity, Infinity];
  }
}

export type AgeBands = { id: string; min: number; max: number }[];

export function requirementOf(
  c: Condition,
  facts: Record<string, FactType>,
  bands: AgeBands = [],
): Requirement {
  if ('all' in c) {
    const parts = c.all.map((x) => requirementOf(x, facts, bands));
    const withTriggers = parts.filter((p) => p.triggers !== null);
    // Any one child's atoms suffice to prune (all children must hold). Prefer atoms that an absent
    // answer does not have (they rarely match), then the fewest.
    const cost = (t: string[]) => t.length + (t.some((a) => defaultAtoms(facts).has(a)) ? 1000 : 0);
    withTriggers.sort((a, b) => cost(a.triggers!) - cost(b.triggers!));
    return {
      triggers: withTriggers[0]?.triggers ?? null,
      ageMin: Math.max(...parts.map((p) => p.ageMin)),
      ageMax: Math.min(...parts.map((p) => p.ageMax)),
    };
  }
  if ('any' in c) {
    const parts = c.any.map((x) => requirementOf(x, facts, bands));
    const all = parts.every((p) => p.triggers !== null);
    return {
      triggers: all ? [...new Set(parts.flatMap((p) => p.triggers!))].sort() : null,
      ageMin: Math.min(...parts.map((p) => p.ageMin)),
      ageMax: Math.max(...parts.map((p) => p.ageMax)),
    };
  }
  if ('not' in c) return UNBOUNDED;
  if (c.fact === 'age') {
    const [ageMin, ageMax] = ageInterval(c.operator, c.value);
    return { triggers: null, ageMin, ageMax };
  }
  if (c.fact === 'ageBand') {
    const ids =
      c.operator === 'equal' ? [c.value] : c.operator === 'in' ? (c.value as unknown[]) : null;
    const hit = ids && bands.filter((b) => ids.includes(b.id));
    if (!hit || hit.length === 0) return UNBOUNDED;
    return {
      triggers: null,
      ageMin: Math.min(...hit.map((b) => b.min)),
      ageMax: Math.max(...hit.map((b) => b.max)),
    };
  }
  const t = facts[c.fact];
  if (!t || t.kind === 'integer') return UNBOUNDED;
  if (t.kind === 'enum-array') {
    // Only `contains` requires a value to be present; `doesNotContain` holds for an empty answer.
    return c.operator === 'contains'
      ? { triggers: [`${c.fact}∋${String(c.value)}`], ageMin: -Infinity, ageMax: Infinity }
      : UNBOUNDED;
  }
  const domain: unknown[] = t.kind === 'boolean' ? [true, false] : t.values;
  const matching = domain.filter((x) => holds(c.operator, x, c.value));
  if (matching.length === domain.length) return UNBOUNDED;
  return {
    triggers: matching.map((x) => `${c.fact}=${String(x)}`).sort(),
    ageMin: -Infinity,
    ageMax: Infinity,
  };
}

/** The atoms a profile has: every enum/boolean fact's value (defaults included) and array elements. */
export function atomsOf(facts: Record<string, unknown>, types: Record<string, FactType>): string[] {
  const out: string[] = [];
  for (const [name, isArray, atoms, absent] of atomTable(types)) {
    const v = facts[name];
    if (isArray)
      for (const x of (v as unknown[]) ?? []) out.push(atoms.get(x) ?? `${name}∋${String(x)}`);
    else {
      const value = v ?? absent;
      out.push(atoms.get(value) ?? `${name}=${String(value)}`);
    }
  }
  return out;
}

type AtomRow = [name: string, isArray: boolean, atoms: Map<unknown, string>, absent: unknown];
const atomTables = new WeakMap<Record<string, FactType>, AtomRow[]>();

/** Every atom string of every fact value, built once per fact-type table (atomsOf runs per request). */
function atomTable(types: Record<string, FactType>): AtomRow[] {
  let table = atomTables.get(types);
  if (!table) {
    table = Object.entries(types)
      .filter(([, t]) => t.kind !== 'integer')
      .map(([name, t]): AtomRow => {
        const isArray = t.kind === 'enum-array';
        const values: unknown[] =
          t.kind === 'boolean' ? [true, false] : (t as { values: string[] }).values;
        const atoms = new Map(values.map((x) => [x, `${name}${isArray ? '∋' : '='}${String(x)}`]));
        return [name, isArray, atoms, defaultFactValue(t)];
      });
    atomTables.set(types, table);
  }
  return table;
}

const defaultAtomsCache = new WeakMap<Record<string, FactType>, Set<string>>();
function defaultAtoms(types: Record<string, FactType>): Set<string> {
  let s = defaultAtomsCache.get(types);
  if (!s) {
    s = new Set(atomsOf({}, types));
    defaultAtomsCache.set(types, s);
  }
  return s;
}

export function bucketKey(r: Requirement): string {
  return `${r.triggers?.join('|') ?? '*'}@${r.ageMin}..${r.ageMax}`;
}
