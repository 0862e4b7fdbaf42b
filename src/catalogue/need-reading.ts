import type { Intervention } from './types.js';

/**
 * The record reaches this need area only through the editors' reading (`needAreasReading`), not
 * through a passage that states it: ranked at readingFactor and said to be a reading (#13).
 */
export function isReadingOnly(i: Intervention, needArea: string): boolean {
  // Asked for every fired rule of every shown option: most records have no reading at all.
  if (!i.needAreasReading) return false;
  const stated: readonly string[] = i.needAreas;
  const read: readonly string[] = i.needAreasReading.areas;
  return !stated.includes(needArea) && read.includes(needArea);
}
