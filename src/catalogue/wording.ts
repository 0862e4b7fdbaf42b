// The one Swedish wording module of the server: reasons, caveats, CDS cards, HSDS, the coverage CSV
// and Markdown and the CLI's answer text all phrase ages, availability and yes/no here. The
// templates live in catalog/vocabulary.yaml (`wording`, data); this module only picks the key and
// fills in placeholders. The web page has the same few lines (src/web/assets/results/wording.js)
// over the same templates, which it reads from GET /api/v1/vocabulary. It sits on the ground floor:
// every step may use it, it uses no step.
import type { Intervention, Level } from './types.js';
import type { Availability } from './availability.js';

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
  'availability.local',
  'availability.central',
  'availability.regional',
  'availability.framework-agreement',
  'availability.other-district',
  'availability.unknown',
  'availability.not-offered',
  'level.short.district',
  'level.short.central',
  'level.short.regional',
  'level.short.framework-agreement',
  'level.short.external',
  'cell.not-in-stockholm',
  'coverage.district-unknown',
  'area.inner',
  'area.outer',
  'cell.yes',
  'cell.no',
  'cds.reasons',
  'cds.evidence',
  'cds.age',
  'cds.availability',
  'cds.show',
  'cds.show-one',
  'cds.central.summary',
  'cds.central.intro-district',
  'cds.central.intro-city',
  'excluded.not-in-stockholm',
  'excluded.age',
  'excluded.precondition',
  'excluded.rule',
  'excluded.no-rule',
  'caveat.need-reading',
  'unknown.form',
  'unknown.need-areas',
  'unknown.target-group',
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
  // A scan instead of replace() with a callback: reasons and caveats are worded on every answer.
  let open = t.indexOf('{');
  if (open < 0) return t;
  let out = '';
  let from = 0;
  while (open >= 0) {
    const close = t.indexOf('}', open);
    if (close < 0) break;
    const value = vars[t.slice(open + 1, close)];
    if (value !== undefined) {
      out += t.slice(from, open) + String(value);
      from = close + 1;
    }
    open = t.indexOf('{', open + 1);
  }
  return out + t.slice(from);
}

/** "4–12 år", "från 4 år", "till och med 20 år", "Ålder anges inte i källorna". */
export function ageRangeText(wording: Wording, r: Intervention['ageRange']): string {
  if (r.min !== null && r.max !== null)
    return say(wording, 'age.range', { min: r.min, max: r.max });
  if (r.min !== null) return say(wording, 'age.from', { min: r.min });
  if (r.max !== null) return say(wording, 'age.to', { max: r.max });
  return say(wording, 'age.unknown');
}

/** The age range with the record's note: "12–20 år (främst)". */
export function ageText(wording: Wording, r: Intervention['ageRange']): string {
  const range = ageRangeText(wording, r);
  return r.note ? `${range} (${r.note})` : range;
}

/** Availability in a few words: "finns i stadsdelen", "via ramavtal". */
export const availabilityText = (wording: Wording, a: Availability): string =>
  say(wording, `availability.${a}`);

/** A provider level in one word: "stadsdel", "central", "ramavtal". */
export const levelShort = (wording: Wording, level: Level): string =>
  say(wording, `level.short.${level}`);

/** "Innerstad" / "Ytterstad". */
export const areaText = (wording: Wording, area: 'inner' | 'outer'): string =>
  say(wording, `area.${area}`);

/** "ja" / "nej". */
export const yesNo = (wording: Wording, b: boolean): string =>
  say(wording, b ? 'cell.yes' : 'cell.no');

/** A list of names as the exports write it: "Bromma, Farsta" (never "och": it is a cell). */
export const listText = (xs: readonly string[], separator = ', '): string => xs.join(separator);
