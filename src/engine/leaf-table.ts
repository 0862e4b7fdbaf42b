// Condition leaves — one fact tested against one constant — numbered per rule set. A rule's outcome
// is a boolean function of its leaves, so which leaves hold is an exact memo key.
import type { Condition, RuleDef } from '../catalogue/types.js';
import type { Facts } from '../recommend/derive-facts.js';
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
  /**
   * Each leaf's result for the current request (1 = false, 2 = true) when testedIn matches the
   * request's generation. Shared, like the memos: keys are computed in one synchronous stretch.
   */
  private truth = new Uint8Array(0);
  private testedIn = new Uint32Array(0);
  private gen = 0;

  /** Start a request: no leaf counts as tested. */
  begin(): void {
    if (this.truth.length !== this.tests.length) {
      this.truth = new Uint8Array(this.tests.length);
      this.testedIn = new Uint32Array(this.tests.length);
    }
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
      this.truth[id] = this.tests[id]!(facts[this.facts[id]!]) ? 2 : 1;
    }
    return this.truth[id] === 2;
  }

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

/** Which of the leaves hold for these facts, as a bit string packed 16 leaves to a character. */
export function memoKey(ids: Int32Array, table: LeafTable, facts: Facts): string {
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
