// Swedish words used by the coverage exports (CSV, Markdown). Need-area labels come from the
// catalogue vocabulary via the coverage model; these are the few fixed words around them.
import type { Level } from '../catalogue/types.js';
import type { OptionRef, OtherDistrictOption } from './coverage-model.js';

export const LEVEL_SHORT: Record<Level, string> = {
  district: 'stadsdel',
  central: 'central',
  regional: 'regional',
  'framework-agreement': 'ramavtal',
  external: 'utanför Stockholm',
};

export const AREA_LABEL: Record<'inner' | 'outer', string> = {
  inner: 'Innerstad',
  outer: 'Ytterstad',
};

export const NOT_IN_STOCKHOLM = 'finns inte i Stockholm';

export const yesNo = (b: boolean) => (b ? 'ja' : 'nej');

/** "BSFT (central)", "Origo (regional)", "Heldag (ramavtal)". */
export const centralText = (o: OptionRef) => `${o.name} (${LEVEL_SHORT[o.level]})`;

/** "KIBB (Kungsholmen)". */
export const otherDistrictText = (o: OtherDistrictOption) =>
  `${o.name} (${o.districts.map((d) => d.name).join(', ')})`;
