// What the engine hands back: one event per fired rule. Its own module so memo.ts and the entry
// file can both name it without importing each other.
import type { NeedArea } from '../catalogue/generated/intervention.js';

export interface SupportEvent {
  ruleId: string;
  /** The rule's position in rule-id order, so shown reasons sort by number rather than by string. */
  order: number;
  /** The interventions it names, as positions in the version's (id-ordered) intervention list. */
  targetIndex: Int32Array;
  weight: number;
  /** The weight per target: × readingFactor where the need area is only the catalogue's reading. */
  targetWeight: Float64Array;
  /** 1 per target whose record does not state this need area, only reads it (needAreasReading). */
  targetByReading: Uint8Array;
  reason: string;
  needArea: NeedArea;
  /** The need area's number in CompiledRules.needIndex. */
  needIndex: number;
}

/** The events of one memo group: plain once known, a shared promise while being computed. */
export type Outcome = SupportEvent[] | Promise<SupportEvent[]>;
