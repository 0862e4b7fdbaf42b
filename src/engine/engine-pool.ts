// json-rules-engine keeps run status on the Engine, so overlapping run() calls on one engine can
// silently skip rules; every run therefore borrows an engine of its own from a small pool, and
// gives it back when the run is over. A borrow spans an await by design: no other run sees it.
import { Engine, type RuleProperties } from 'json-rules-engine';
import type { RuleDef } from '../catalogue/types.js';
import type { Facts } from '../catalogue/fact-types.js';
import type { SupportEvent } from './types.js';

/** Engines are cheap to keep but not free; beyond this many idle engines per bucket we let them go. */
const MAX_IDLE_ENGINES = 32;

export class EnginePool {
  private idle: Engine[] = [];
  constructor(
    private readonly rules: readonly RuleProperties[],
    private readonly supports: readonly SupportEvent[],
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
