// A record's need areas: those a cited passage states (`needAreas`) and those the catalogue only
// reads into it (`needAreasReading`, #13) — one place for telling them apart and for saying so.
import type { Intervention, Vocabulary } from './types.js';
import { say } from './wording.js';

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

/** Every need area the record has: stated, then read. */
export function needAreasOf(i: Intervention): readonly string[] {
  return i.needAreasReading ? [...i.needAreas, ...i.needAreasReading.areas] : i.needAreas;
}

/** "Källan anger inte behovsområdet (…) – katalogens tolkning: <note>" for these read areas. */
export function readingText(
  vocab: Pick<Vocabulary, 'wording' | 'needAreas'>,
  areas: readonly string[],
  note: string,
): string {
  return say(vocab.wording, 'caveat.need-reading', {
    needs: areas.map((n) => vocab.needAreas[n]?.label ?? n).join(', '),
    note,
  });
}
