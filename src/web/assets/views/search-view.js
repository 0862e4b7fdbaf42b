// @ts-check
// /sok: free-text search (GET /api/v1/search), optionally relative to a district.
import { api } from '../api.js';
import { h, fill, byId, focusHeading } from '../dom.js';
import { getLabels, showVersion } from '../labels.js';
import { t } from '../text.js';
import { searchHit } from '../search-hit.js';

/**
 * @param {URLSearchParams} params
 * @param {{ current: () => boolean, focus: boolean }} ctx
 */
export async function renderSearch(params, { current, focus }) {
  const q = (params.get('q') ?? '').trim();
  const district = params.get('district') ?? '';
  /** @type {HTMLInputElement} */ (byId('f-q')).value = q;
  const status = byId('search-status');
  const list = byId('search-results');
  const L = await getLabels();
  if (!current()) return;
  const select = /** @type {HTMLSelectElement} */ (byId('f-q-district'));
  if (select.options.length === 1)
    for (const d of L.districtList) select.append(h('option', { value: d.id, text: d.name }));
  select.value = district;
  if (!q) {
    status.textContent = t('search.prompt');
    fill(list);
    if (focus) focusHeading(byId('view-search'));
    return;
  }
  status.textContent = t('search.loading');
  const inDistrict = district ? `&district=${encodeURIComponent(district)}` : '';
  const data = await api(`/api/v1/search?q=${encodeURIComponent(q)}&limit=30${inDistrict}`);
  if (!current()) return;
  showVersion(data.catalogueVersion);
  document.title = t('title.search', { q });
  status.textContent = data.count
    ? t(data.count === 1 ? 'search.count.one' : 'search.count.many', { count: data.count, q })
    : t('search.none', { q });
  fill(
    list,
    data.items.map((/** @type {import('../search-hit.js').SearchHit} */ it) =>
      searchHit(it, L, !!district),
    ),
  );
  if (focus) focusHeading(byId('view-search'));
}
