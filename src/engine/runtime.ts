// The engine's mutable, per-process part, kept apart from the compiled rules (which never change
// once built): the memos that fill as profiles are seen, the engine pools, and the leaf scratch.
// One per catalogue version, created with it and dropped with it, so a reload starts cold and can
// never serve a stale outcome.
import type { RuleProperties } from 'json-rules-engine';
import { EnginePool } from './engine-pool.js';
import { LeafScratch, type LeafTable } from './leaf-table.js';
import { Memo } from './memo.js';
import type { Outcome, SupportEvent } from './types.js';

export interface EngineRuntime {
  /** By MemoGroup.index: first memo level, keyed by which of the group's leaves hold. */
  readonly groupMemos: Memo<Outcome>[];
  /** By Bucket.index: second level, so a group miss re-runs only buckets whose own key is new. */
  readonly bucketMemos: Memo<Outcome>[];
  /** By Bucket.index: the engines that run the bucket's rules. */
  readonly pools: EnginePool[];
  readonly leaves: LeafScratch;
}

export interface RuntimeShape {
  groups: readonly unknown[];
  buckets: readonly { engineRules: readonly RuleProperties[]; supports: readonly SupportEvent[] }[];
  leafTable: LeafTable;
}

export function engineRuntime(shape: RuntimeShape): EngineRuntime {
  return {
    groupMemos: shape.groups.map(() => new Memo<Outcome>()),
    bucketMemos: shape.buckets.map(() => new Memo<Outcome>()),
    pools: shape.buckets.map((b) => new EnginePool(b.engineRules, b.supports)),
    leaves: new LeafScratch(shape.leafTable),
  };
}
