// Profile → the fact object rules run against: every profile field with its "absent" default,
// plus derived facts (ageBand, needs, needCount, complexNeeds) defined in rules/facts.yaml.
import type { FactsConfig, NeedSignal } from '../catalogue/types.js';
import type { Profile } from './profile.js';
import {
  defaultFactValue,
  profileFactTypes,
  type FactType,
  type Facts,
} from '../catalogue/fact-types.js';

// [name, absent default] per profile fact, computed once (this runs on every request).
const PROFILE_FACTS: [string, unknown][] = Object.entries(profileFactTypes()).map(
  ([name, t]: [string, FactType]) => [name, defaultFactValue(t)],
);

/** facts.yaml made ready for per-request use, once per catalogue version. */
export interface FactDeriver {
  cfg: FactsConfig;
  /** needMapping as [need, signals] pairs, in facts.yaml order. */
  needSignals: [string, NeedSignal[]][];
}

export function factDeriver(cfg: FactsConfig): FactDeriver {
  return { cfg, needSignals: Object.entries(cfg.needMapping) };
}

export function deriveFacts(profile: Profile, deriver: FactDeriver): Facts {
  const cfg = deriver.cfg;
  const facts: Facts = {};
  for (const [name, absent] of PROFILE_FACTS) {
    const v = (profile as Record<string, unknown>)[name];
    // Arrays are sets here (violence types): a canonical order makes equal profiles equal facts.
    facts[name] = v === undefined ? absent : Array.isArray(v) ? [...v].sort() : v;
  }
  const needs = needsOf(facts, deriver.needSignals);
  facts.needs = needs;
  facts.needCount = needs.length;
  facts.complexNeeds = needs.length >= cfg.complexNeedsThreshold;
  facts.ageBand =
    cfg.ageBands.find((b) => profile.age >= b.min && profile.age <= b.max)?.id ?? 'none';
  return facts;
}

/** Need areas the profile signals, in the order of facts.yaml (stable output). */
function needsOf(facts: Facts, needSignals: [string, NeedSignal[]][]): string[] {
  const out: string[] = [];
  for (const [need, signals] of needSignals) {
    const hit = signals.some((s) => {
      const v = facts[s.fact];
      if (s.in) return Array.isArray(v) ? v.some((x) => s.in!.includes(x)) : s.in.includes(v);
      return v === s.equals;
    });
    if (hit) out.push(need);
  }
  return out;
}
