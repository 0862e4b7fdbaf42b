// Condition leaves — one fact tested against one constant — numbered per rule set. A rule's outcome
// is a boolean function of its leaves, so which leaves hold is an exact memo key.
import type { Condition, RuleDef } from '../catalogue/types.js';
import type { Facts } from '../catalogue/fact-types.js';
import { operatorTest } from './rule-index.js';

/** A condition leaf: one fact tested against one constant. */
interface Leaf {
  fact: string;
  operator: string;
  value: unknown;
}

function leavesOf(c: Condition): Leaf[] {
  if ('all' in c) return c.all.flatMap(leavesOf);
  if ('any' in c) return c.any.flatMap(leavesOf);
  if ('not' in c) return leavesOf(c.not);
  return [{ fact: c.fact, operator: c.operator, value: c.value }];
}

/**
 * Every distinct leaf of the rule set, numbered. Leaves repeat across rules (the same age limit or
 * value test), and their number is bounded by the facts' domains rather than by the rule count,
 * so a request tests each at most once.
 */
export class LeafTable {
  private readonly idByJson = new Map<string, number>();
  readonly facts: string[] = [];
  readonly tests: ((v: unknown) => boolean)[] = [];
  /** The ids of the distinct leaves of these rules. */
  idsOf(rules: RuleDef[]): Int32Array {
    const ids = new Set<number>();
    for (const l of rules.flatMap((r) => leavesOf(r.conditions))) {
      const json = JSON.stringify([l.fact, l.operator, l.value]);
      let id = this.idByJson.get(json);
      if (id === undefined) {
        id = this.tests.length;
        this.idByJson.set(json, id);
        this.facts.push(l.fact);
        this.tests.push(operatorTest(l.operator, l.value));
      }
      ids.add(id);
    }
    return Int32Array.from(ids);
  }
}

/**
 * Each leaf's result for the current request (1 = false, 2 = true) when testedIn matches the
 * request's generation. Mutable and shared by all requests of a version (it lives in the engine's
 * runtime): only the synchronous key computation in compile-rules.ts touches it.
 */
export class LeafScratch {
  private truth: Uint8Array;
  private testedIn: Uint32Array;
  private gen = 0;

  constructor(private readonly table: LeafTable) {
    this.truth = new Uint8Array(table.tests.length);
    this.testedIn = new Uint32Array(table.tests.length);
  }

  /** Start a request: no leaf counts as tested. */
  begin(): void {
    if (this.gen === 0xffffffff) {
      this.testedIn.fill(0);
      this.gen = 0;
    }
    this.gen++;
  }

  /** Whether leaf `id` holds for these facts (tested at most once per request). */
  holds(id: number, facts: Facts): boolean {
    if (this.testedIn[id] !== this.gen) {
      this.testedIn[id] = this.gen;
      this.truth[id] = this.table.tests[id]!(facts[this.table.facts[id]!]) ? 2 : 1;
    }
    return this.truth[id] === 2;
  }
}

/** Which of the leaves hold for these facts, as a bit string packed 16 leaves to a character. */
export function memoKey(ids: Int32Array, table: LeafScratch, facts: Facts): string {
  let key = '';
  let bits = 0;
  for (let i = 0; i < ids.length; i++) {
    if (table.holds(ids[i]!, facts)) bits |= 1 << (i % 16);
    if (i % 16 === 15 || i === ids.length - 1) {
      key += String.fromCharCode(bits);
      bits = 0;
    }
  }
  return key;
}
