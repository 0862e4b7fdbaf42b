// How an option can be had relative to the child's district: its access tier (rules/ranking.yaml
// `accessTiers`, ranked before the score) and a Swedish note saying how (wording from
// catalog/vocabulary.yaml). Both are laid out once per catalogue version, so a request reads them.
import type { District, Intervention, RankingConfig } from '../domain/types.js';
import { AVAILABILITIES, availabilityOf } from '../recommend/availability.js';
import { say, type Wording } from '../catalogue/wording.js';

/** Access tier per availability code (0 for not-offered, which is never shown). */
export function accessTierTable(cfg: RankingConfig): Uint8Array {
  const tier = new Uint8Array(AVAILABILITIES.length);
  for (const t of cfg.accessTiers)
    for (const a of t.availabilities) {
      const code = AVAILABILITIES.indexOf(a as (typeof AVAILABILITIES)[number]);
      if (code >= 0) tier[code] = t.tier;
    }
  return tier;
}

/** True when the intervention cites a section that says options may be called off the agreement. */
export function mayBeCalledOff(i: Intervention, cfg: RankingConfig): boolean {
  const call = cfg.callOffSources ?? [];
  return i.sources.some((s) =>
    call.some((c) => c.document === s.document && c.section === s.section),
  );
}

const collator = new Intl.Collator('sv');

/** The Swedish note for one intervention as seen from `district` ('' = no district given). */
export function accessNoteOf(
  i: Intervention,
  district: string,
  districts: ReadonlyMap<string, District>,
  cfg: RankingConfig,
  w: Wording,
): string {
  const a = availabilityOf(i, district || undefined);
  switch (a) {
    case 'local':
      return say(w, 'access.local', { district: districts.get(district)?.name ?? district });
    case 'central':
    case 'regional':
    case 'framework-agreement':
    case 'unknown':
      return say(w, `access.${a}`);
    case 'not-offered':
      return '';
    case 'other-district': {
      // Planned districts (status: planned) do not offer it yet (#13).
      const names = i.offeredIn
        .filter((o) => o.status !== 'planned')
        .map((o) => districts.get(o.district)?.name ?? o.district)
        .sort(collator.compare);
      const key = !district
        ? 'access.other-district.no-district'
        : names.length === 1
          ? 'access.other-district.one'
          : 'access.other-district.many';
      const where = say(w, key, { districts: names.join(', ') });
      // 004 intro and footnote 1: bought from another district *or* called off the agreement.
      return district && mayBeCalledOff(i, cfg) ? `${where}; ${say(w, 'access.call-off')}` : where;
    }
  }
}
