// Shared Swedish sentences: the templates live in catalog/vocabulary.yaml (`wording`) so the page,
// reasons, CDS Hooks and HSDS say one thing one way. This module only fills in placeholders; the
// web page has the same few lines (src/web/assets/wording.js) over the same templates, which it
// reads from GET /api/v1/vocabulary.
import type { Intervention } from '../domain/types.js';

/** Every key the code uses; `npm run validate` reports any missing from the vocabulary. */
export const WORDING_KEYS = [
  'age.range',
  'age.from',
  'age.to',
  'age.unknown',
  'caveat.age-unknown',
  'caveat.age-one-bound',
  'caveat.precondition',
  'caveat.age-soft',
  'caveat.stale',
  'caveat.need-reading',
  'unknown.form',
  'unknown.need-areas',
  'unknown.target-group',
  'access.local',
  'access.central',
  'access.regional',
  'access.framework-agreement',
  'access.other-district.one',
  'access.other-district.many',
  'access.other-district.no-district',
  'access.call-off',
  'access.unknown',
  'group.local',
  'group.central',
  'group.buy',
  'group.unknown',
  'overview.local',
  'overview.city-wide',
  'overview.elsewhere',
  'overview.no-local',
  'overview.no-local-no-district',
  'overview.hard',
  'overview.nothing',
  'label.needs',
  'label.reasons',
  'label.caveats',
  'label.why-not',
  'label.catalogue-version',
  'label.no-options',
] as const;

export type WordingKey = (typeof WORDING_KEYS)[number];
export type Wording = Readonly<Record<string, string>>;

/** The template for `key` with each {name} replaced by vars[name] (unknown names stay visible). */
export function say(
  wording: Wording,
  key: WordingKey,
  vars: Record<string, string | number> = {},
): string {
  const t = wording[key] ?? key;
  return t.replace(/\{([a-z]+)\}/g, (m, name: string) =>
    vars[name] === undefined ? m : String(vars[name]),
  );
}

/** "4–12 år", "från 4 år", "till och med 20 år", "Ålder anges inte i källorna". */
export function ageRangeText(wording: Wording, r: Intervention['ageRange']): string {
  if (r.min !== null && r.max !== null)
    return say(wording, 'age.range', { min: r.min, max: r.max });
  if (r.min !== null) return say(wording, 'age.from', { min: r.min });
  if (r.max !== null) return say(wording, 'age.to', { max: r.max });
  return say(wording, 'age.unknown');
}
