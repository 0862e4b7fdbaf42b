// The one explicitly mutable part of a catalogue version: per-process working state that fills or
// changes as requests are answered. Everything else on a version is built once and never changes.
// It dies with its version, so a reload starts with empty memos and cold engines.
import {
  newEngineRuntime,
  type CompiledRules,
  type EngineRuntime,
} from '../engine/compile-rules.js';
import type { LRUCache } from 'lru-cache';
import { RequestScratch } from '../rank/request-scratch.js';

/**
 * Response bytes kept for an answer that depends only on the version (http/precomputed.ts) or on
 * the version and the request (a recommendation, http/answer-cache.ts).
 */
export interface ResponseBytes {
  type: string;
  body: Buffer;
  headers: Record<string, string>;
  gzip?: Buffer;
  br?: Buffer;
}

export interface VersionRuntime {
  /** Rule-outcome memos, json-rules-engine pools and leaf scratch (engine/runtime.ts). */
  engine: EngineRuntime;
  /** Working arrays a recommendation reuses (rank/request-scratch.ts). */
  scratch: RequestScratch;
  /**
   * Heavy GET answers serialised on first demand, by route key, bounded by the HTTP layer. Lazy
   * because some keys (an HSDS export per base URL) are known only when a request names them.
   */
  responses: Map<string, ResponseBytes>;
  /**
   * Recommendation answers as sent, by request (view, options, profile), bounded in bytes by the
   * HTTP layer (ANSWER_CACHE_MB) and created on first use; absent when the cache is off.
   */
  answers?: LRUCache<string, ResponseBytes>;
}

export function newVersionRuntime(rules: CompiledRules, options: number): VersionRuntime {
  return {
    engine: newEngineRuntime(rules),
    scratch: new RequestScratch(options, rules.rules.length),
    responses: new Map(),
  };
}
