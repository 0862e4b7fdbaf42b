// Memoised rule outcomes: a bounded map per memo group and per bucket, living and dying with the
// catalogue version, so a reload can never serve stale answers.
import type { Outcome, SupportEvent } from './types.js';

/**
 * Which rules fire is a pure function of which condition leaves hold (all facts are static profile
 * data), and one memo sees only the leaves of a few facts, so its key space is small; the bound
 * only guards against pathological rule sets.
 */
const MAX_MEMO_ENTRIES = 5000;

export class Memo<V> {
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

/**
 * A memoised outcome: the plain events on a hit, else a promise shared by concurrent identical
 * requests (one evaluation), replaced by the plain result once known; a failure is never kept.
 */
export function memoised(
  memo: Memo<Outcome>,
  key: string,
  compute: () => Promise<SupportEvent[]>,
): Outcome {
  const hit = memo.get(key);
  if (hit) return hit;
  const run = compute();
  memo.set(key, run);
  run.then(
    (events) => memo.set(key, events),
    () => memo.delete(key),
  );
  return run;
}
