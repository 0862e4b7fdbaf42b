// A rule's event as the engine hands it back, built once per rule: which options it names (as
// positions), and the weight it gives each — lower where the option reaches the rule's need area
// only through the catalogue's reading (#13).
import type { Intervention, RuleDef } from '../catalogue/types.js';
import { isReadingOnly } from '../catalogue/need-reading.js';
import type { SupportEvent } from './types.js';

export function supportOf(
  r: RuleDef,
  order: number,
  indexById: ReadonlyMap<string, number>,
  needIndex: ReadonlyMap<string, number>,
  interventions: readonly Intervention[] = [],
  readingFactor = 1,
): SupportEvent {
  // Validation guarantees every named intervention exists.
  const targetIndex = Int32Array.from(r.event.interventions, (id) => indexById.get(id)!);
  const byReading = Uint8Array.from(targetIndex, (x) =>
    interventions[x] && isReadingOnly(interventions[x], r.needArea) ? 1 : 0,
  );
  return {
    ruleId: r.id,
    order,
    needIndex: needIndex.get(r.needArea)!,
    targetIndex,
    targetWeight: Float64Array.from(byReading, (b) =>
      b ? r.event.weight * readingFactor : r.event.weight,
    ),
    targetByReading: byReading,
    weight: r.event.weight,
    reason: r.event.reason,
    needArea: r.needArea,
  };
}
