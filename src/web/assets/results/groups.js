// @ts-check
// The result groups and the "Visa:" filter. The groups are data (rules/ranking.yaml resultGroups,
// served with GET /api/v1/vocabulary), shared with `npm run recommend`: which group an option
// belongs to follows its availability, and the group order follows the access tiers.

/** @typedef {import('./types.js').Recommendation} Recommendation */
/** @typedef {import('./types.js').ResultGroup} ResultGroup */

/** The page's own "show all" filter value (visa=alla, or no visa= at all). */
export const ALL = 'alla';

/**
 * The filter values in order: "alla", then each group's id.
 * @param {ResultGroup[]} groups
 */
export const filtersOf = (groups) => [ALL, ...groups.map((g) => g.id)];

/**
 * The filter named in the address (`visa=`), or "alla".
 * @param {URLSearchParams} params
 * @param {ResultGroup[]} groups
 */
export function filterFrom(params, groups) {
  const v = params.get('visa') ?? ALL;
  return filtersOf(groups).includes(v) ? v : ALL;
}

/**
 * Options per group id, in rank order inside each group.
 * @param {Recommendation[]} recs
 * @param {ResultGroup[]} groups
 * @returns {Map<string, Recommendation[]>}
 */
export function groupOptions(recs, groups) {
  /** @type {Map<string, Recommendation[]>} */
  const out = new Map(groups.map((g) => [g.id, []]));
  for (const r of recs) {
    const g = groups.find((x) => x.availabilities.includes(r.availability));
    if (g) out.get(g.id)?.push(r);
  }
  return out;
}
