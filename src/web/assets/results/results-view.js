// @ts-check
// The results of a profile: the needs overview, the "Visa:" filter (visa= in the address), the
// options as compact rows grouped by how they can be had, the tray for chosen options, and
// "Varför inte?". The central group is always shown when any central/regional option fits.
import { h, fill, displayName } from '../common.js';
import { ALL, filtersOf, filterFrom, groupOptions } from './groups.js';
import { optionRow } from './option-row.js';
import { needsOverview } from './needs-overview.js';
import { pickTray, pickedFrom } from './tray.js';
import { say } from './wording.js';

/** @typedef {import('./types.js').RecommendationAnswer} RecommendationAnswer */
/** @typedef {import('./types.js').Labels} Labels */
/** @typedef {import('./types.js').Wording} Wording */
/** @typedef {import('./types.js').ResultGroup} ResultGroup */

/**
 * @param {HTMLElement} body  where the results go
 * @param {RecommendationAnswer} result
 * @param {{ L: Labels, w: Wording, groups: ResultGroup[], params: URLSearchParams,
 *   profileQuery: string, header: (Node | null)[], whyNot: Node }} ctx
 */
export function renderResultsView(body, result, ctx) {
  const { L, w } = ctx;
  const recs = result.recommendations;
  const byId = new Map(recs.map((r) => [r.id, r]));
  /** @param {string} id */
  const nameOf = (id) => {
    const r = byId.get(id);
    return r ? displayName(r.name, r.aliases) : id;
  };
  const groups = groupOptions(recs, ctx.groups);
  /** @type {Record<string, string>} */
  const filterLabel = Object.fromEntries([
    [ALL, say(w, 'filter.all')],
    ...ctx.groups.map((g) => [g.id, say(w, g.filter)]),
  ]);
  const picked = pickedFrom(ctx.params, new Set(byId.keys()));
  let filter = filterFrom(ctx.params, ctx.groups);

  const sections = ctx.groups.map((g) => {
    const items = groups.get(g.id) ?? [];
    if (!items.length) return null;
    const title = `${say(w, g.heading)} (${items.length})`;
    return h(
      'section',
      { class: `group group-${g.id}`, 'data-group': g.id, 'aria-labelledby': `grupp-${g.id}` },
      h('h3', { id: `grupp-${g.id}`, text: title }),
      h(
        'ol',
        { class: 'cards', 'aria-labelledby': `grupp-${g.id}` },
        items.map((r) =>
          optionRow(r, {
            L,
            w,
            district: result.profile.district,
            picked: picked.includes(r.id),
            detailQuery: ctx.profileQuery,
          }),
        ),
      ),
    );
  });

  const buttons = filtersOf(ctx.groups).map((f) => {
    const count = f === ALL ? recs.length : (groups.get(f)?.length ?? 0);
    return h('button', {
      type: 'button',
      'data-visa': f,
      'aria-pressed': String(f === filter),
      text: `${filterLabel[f]} (${count})`,
    });
  });
  const filterBar = h(
    'div',
    { class: 'filter-bar no-print', role: 'group', 'aria-label': say(w, 'filter.label') },
    h('span', { class: 'meta', text: `${say(w, 'filter.label')}:` }),
    buttons,
  );
  const apply = () => {
    for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.visa === filter));
    for (const s of sections) if (s) s.hidden = filter !== ALL && s.dataset.group !== filter;
  };
  filterBar.addEventListener('click', (/** @type {Event} */ e) => {
    const b = /** @type {HTMLElement} */ (e.target).closest('button[data-visa]');
    if (!(b instanceof HTMLElement)) return;
    filter = b.dataset.visa ?? ALL;
    const params = new URLSearchParams(location.search);
    if (filter === ALL) params.delete('visa');
    else params.set('visa', filter);
    history.replaceState(history.state, '', `${location.pathname}?${params}`);
    apply();
    // A chosen group is read from the filter down: bring it to the top of the screen.
    if (filter !== ALL) filterBar.scrollIntoView({ block: 'start' });
  });
  apply();

  const list = h('div', { class: 'groups' }, sections);
  fill(
    body,
    ...ctx.header,
    needsOverview(result, L, w, nameOf),
    recs.length ? filterBar : null,
    recs.length
      ? pickTray(list, { recs, picked, catalogueVersion: result.catalogueVersion, L, w })
      : null,
    recs.length
      ? list
      : h('p', {
          text: `${say(w, 'label.no-options')} ${say(w, 'results.none-hint')}`,
        }),
    ctx.whyNot,
  );
  if (filter !== ALL && recs.length) filterBar.scrollIntoView({ block: 'start' });
}
