// Where can this child get the intervention? Relative to the profile's district when given.
import type { Intervention } from './types.js';

/** Availabilities a recommended option can have (not-offered ones are never recommended). */
export const SHOWN_AVAILABILITIES = [
  'local',
  'central',
  'regional',
  'framework-agreement',
  'other-district',
  'unknown',
] as const;

/**
 * Every availability, in a fixed order (ranking stores an option's availability as its index):
 * the shown ones first, so a shown option's index reads the same in SHOWN_AVAILABILITIES.
 */
export const AVAILABILITIES = [...SHOWN_AVAILABILITIES, 'not-offered'] as const;

export type Availability = (typeof AVAILABILITIES)[number];
export type ShownAvailability = (typeof SHOWN_AVAILABILITIES)[number];

/** Districts that offer it; `status: planned` entries are about to start, not local availability. */
export function offeredDistricts(i: Pick<Intervention, 'offeredIn'>): string[] {
  return i.offeredIn.filter((o) => o.status !== 'planned').map((o) => o.district);
}

export function availabilityOf(
  i: Intervention,
  district: string | undefined,
  /** The districts of i.offeredIn as a set, when the caller has it precomputed (hot path). */
  offeredIn?: ReadonlySet<string>,
): Availability {
  if (!i.offeredInStockholm) return 'not-offered';
  switch (i.level) {
    case 'central':
      return 'central';
    case 'regional':
      return 'regional';
    case 'framework-agreement':
      return 'framework-agreement';
    case 'external':
      return 'not-offered';
    case 'district':
      // No district list in the seeds: we do not guess where it exists. A district where it is only
      // planned does not count.
      if (!i.offeredIn.some((o) => o.status !== 'planned')) return 'unknown';
      if (
        district &&
        (offeredIn
          ? offeredIn.has(district)
          : i.offeredIn.some((o) => o.district === district && o.status !== 'planned'))
      )
        return 'local';
      return 'other-district';
  }
}

/**
 * City-wide: run by the city or the region for every district, which grants it directly (the
 * needs overview's `cityWide`, the answer's central alternatives).
 */
export const CITY_WIDE: ReadonlySet<string> = new Set(['central', 'regional']);

/**
 * Open to every district: not run by a district — the city-wide services plus what is called off
 * the framework agreement (the coverage matrix's `central` column). Wider than CITY_WIDE on
 * purpose: a framework agreement is open to all but bought, so the needs overview lists it under
 * `elsewhere`; one set for both would change answers.
 */
export const OPEN_TO_EVERY_DISTRICT: ReadonlySet<string> = new Set([
  ...CITY_WIDE,
  'framework-agreement',
]);

export function isCityWide(a: Availability): boolean {
  return CITY_WIDE.has(a);
}
