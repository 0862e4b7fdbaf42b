// @ts-check
// The four result groups and the "Visa:" filter. Which group an option belongs to follows its
// availability; the group order follows the access tiers the service ranks by.

/** @typedef {import('./types.js').Recommendation} Recommendation */
/** @typedef {'lokal' | 'central' | 'kopa' | 'okand'} GroupId */
/** @typedef {GroupId | 'alla'} FilterId */

/** @type {{ id: GroupId, wording: string, filterLabel: string, availabilities: string[] }[]} */
export const GROUPS = [
  { id: 'lokal', wording: 'group.local', filterLabel: 'I din stadsdel', availabilities: ['local'] },
  {
    id: 'central',
    wording: 'group.central',
    filterLabel: 'Centralt',
    availabilities: ['central', 'regional'],
  },
  {
    id: 'kopa',
    wording: 'group.buy',
    filterLabel: 'Kan köpas',
    availabilities: ['other-district', 'framework-agreement'],
  },
  {
    id: 'okand',
    wording: 'group.unknown',
    filterLabel: 'Plats okänd',
    availabilities: ['unknown'],
  },
];

/** @type {FilterId[]} */
export const FILTERS = ['alla', 'lokal', 'central', 'kopa', 'okand'];

/**
 * The filter named in the address (`visa=`), or 'alla'.
 * @param {URLSearchParams} params
 * @returns {FilterId}
 */
export function filterFrom(params) {
  const v = /** @type {FilterId} */ (params.get('visa') ?? 'alla');
  return FILTERS.includes(v) ? v : 'alla';
}

/**
 * Options per group, in rank order inside each group.
 * @param {Recommendation[]} recs
 * @returns {Map<GroupId, Recommendation[]>}
 */
export function groupOptions(recs) {
  /** @type {Map<GroupId, Recommendation[]>} */
  const out = new Map(GROUPS.map((g) => [g.id, []]));
  for (const r of recs) {
    const g = GROUPS.find((x) => x.availabilities.includes(r.availability));
    if (g) out.get(g.id)?.push(r);
  }
  return out;
}
