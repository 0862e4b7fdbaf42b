// Which profiles can a rule possibly match? From the condition tree alone we derive a set of value
// "atoms" — `criminality=convicted`, `violence∋witnessed`, `aggression=true` — at least one of which
// a profile must have for the rule to possibly fire, and an age interval. Rules with the same key
// share a bucket; a profile only runs the buckets whose atoms it has, so adding rules for other
// needs, values or ages does not slow down a given recommendation.
import { Engine } from 'json-rules-engine';
import type { Condition } from '../catalogue/types.js';
import { defaultFactValue, type FactType } from '../catalogue/fact-types.js';

export interface Requirement {
  /** null: nothing required; else the profile must have at least one of these atoms. */
  triggers: string[] | null;
  ageMin: number;
  ageMax: number;
}

const UNBOUNDED: Requirement = { triggers: null, ageMin: -Infinity, ageMax: Infinity };

/** The part of json-rules-engine's Operator we call (its typings do not declare `operators`). */
interface EngineOperator {
  evaluate(factValue: unknown, jsonValue: unknown): boolean;
}

/** json-rules-engine's own operator map: one Engine's, read-only, never run. */
const OPERATORS = (
  new Engine() as unknown as {
    operators: { get(name: string): EngineOperator | null };
  }
).operators;

/**
 * A test of a fact value against a fixed constant, by json-rules-engine's own operator (its value
 * check, e.g. numeric operators first check the fact parses as a number, then its comparison), so
 * the index's pruning and the memo keys cannot drift from the engine. An unknown operator proves
 * nothing, so it always holds.
 */
export function operatorTest(op: string, value: unknown): (factValue: unknown) => boolean {
  const operator = OPERATORS.get(op);
  if (!operator) return () => true;
  return (a) => operator.evaluate(a, value);
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
  return requirementIn(c, facts, bands, new Set(atomsOf({}, atomTableOf(facts))));
}

/** requirementOf, with the atoms of an all-absent profile computed once by the caller. */
export function requirementIn(
  c: Condition,
  facts: Record<string, FactType>,
  bands: AgeBands,
  defaults: ReadonlySet<string>,
): Requirement {
  if ('all' in c) {
    const parts = c.all.map((x) => requirementIn(x, facts, bands, defaults));
    const withTriggers = parts.filter((p) => p.triggers !== null);
    // Any one child's atoms suffice to prune (all children must hold). Prefer atoms that an absent
    // answer does not have (they rarely match), then the fewest.
    const cost = (t: string[]) => t.length + (t.some((a) => defaults.has(a)) ? 1000 : 0);
    withTriggers.sort((a, b) => cost(a.triggers!) - cost(b.triggers!));
    return {
      triggers: withTriggers[0]?.triggers ?? null,
      ageMin: Math.max(...parts.map((p) => p.ageMin)),
      ageMax: Math.min(...parts.map((p) => p.ageMax)),
    };
  }
  if ('any' in c) {
    const parts = c.any.map((x) => requirementIn(x, facts, bands, defaults));
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

/** One non-integer fact: its name, whether it is a list, each value's atom, its absent default. */
export type AtomRow = [
  name: string,
  isArray: boolean,
  atoms: Map<unknown, string>,
  absent: unknown,
];

/** Every atom string of every fact value; built once per compiled rule set (atomsOf runs per request). */
export function atomTableOf(types: Record<string, FactType>): AtomRow[] {
  return Object.entries(types)
    .filter(([, t]) => t.kind !== 'integer')
    .map(([name, t]): AtomRow => {
      const isArray = t.kind === 'enum-array';
      const values: unknown[] =
        t.kind === 'boolean' ? [true, false] : (t as { values: string[] }).values;
      const atoms = new Map(values.map((x) => [x, `${name}${isArray ? '∋' : '='}${String(x)}`]));
      return [name, isArray, atoms, defaultFactValue(t)];
    });
}

/** The atoms a profile has: every enum/boolean fact's value (defaults included) and array elements. */
export function atomsOf(facts: Record<string, unknown>, table: readonly AtomRow[]): string[] {
  const out: string[] = [];
  for (const [name, isArray, atoms, absent] of table) {
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

export function bucketKey(r: Requirement): string {
  return `${r.triggers?.join('|') ?? '*'}@${r.ageMin}..${r.ageMax}`;
}
