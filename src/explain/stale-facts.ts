// Old facts say they are old. A fact's date is the date of the newest source supporting it; when a
// record's availability (offeredIn) or age range rests only on sources older than
// rules/ranking.yaml `staleAfterYears`, the card, the detail page and the API flag it.
import type { Intervention, SeedDocumentMeta } from '../catalogue/types.js';
import { say, type Wording } from '../catalogue/wording.js';
import type { StaleFact as GeneratedStaleFact } from '../catalogue/generated/api/common.js';

/** The facts whose age matters to a social worker acting on them. */
export const DATED_FACTS = ['offeredIn', 'ageRange'] as const;

/**
 * Generated from schemas/api/common.schema.json: `document` is the newest source supporting the
 * fact; `text` is Swedish ("Uppgiften bygger på <källa> från <år> – kontrollera med utföraren").
 */
export type StaleFact = GeneratedStaleFact & { fact: (typeof DATED_FACTS)[number] };

function hasFact(i: Intervention, fact: StaleFact['fact']): boolean {
  if (fact === 'offeredIn') return i.offeredIn.length > 0;
  return i.ageRange.min !== null || i.ageRange.max !== null;
}

export function staleFactsOf(
  i: Intervention,
  documents: readonly SeedDocumentMeta[],
  staleAfterYears: number,
  currentYear: number,
  wording: Wording,
): StaleFact[] {
  const byDoc = new Map(documents.map((d) => [d.document, d]));
  const out: StaleFact[] = [];
  for (const fact of DATED_FACTS) {
    if (!hasFact(i, fact)) continue;
    let newest: SeedDocumentMeta | undefined;
    for (const s of i.sources) {
      if (!s.supports?.includes(fact)) continue;
      const d = byDoc.get(s.document);
      // An undated source cannot make a fact stale or fresh; skip it.
      if (d?.year == null) continue;
      if (!newest || d.year > newest.year!) newest = d;
    }
    if (newest && currentYear - newest.year! > staleAfterYears) {
      out.push({
        fact,
        document: newest.document,
        title: newest.title,
        year: newest.year!,
        text: say(wording, 'caveat.stale', { source: newest.title, year: newest.year! }),
      });
    }
  }
  return out;
}
