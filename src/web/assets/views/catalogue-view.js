// @ts-check
// /katalog: the whole catalogue as a compact list, filtered by district, need area and age.
import { api, ApiError } from '../api.js';
import { h, fill, byId, focusHeading } from '../dom.js';
import { getLabels, availabilityClass, levelAvailability, displayName } from '../labels.js';
import { t, availabilityText, ageText, joinSv } from '../text.js';

/** @typedef {import('../results/types.js').PageLabels} PageLabels */
/**
 * @typedef {{ id: string, name: string, aliases?: string[], level: string, offeredInStockholm: boolean,
 *   offeredIn: { district: string, status?: string }[], evidence: { level: string },
 *   ageRange: import('../results/types.js').AgeRange, needAreas: string[] }} CatalogueItem
 */

/**
 * The filter's selects (districts, need areas by Swedish label), filled once.
 * @param {HTMLFormElement} form
 * @param {PageLabels} L
 */
function fillSelects(form, L) {
  if (form.dataset.filled === 'true') return;
  const el = (/** @type {string} */ name) =>
    /** @type {HTMLSelectElement} */ (form.elements.namedItem(name));
  for (const d of L.districtList) el('district').append(h('option', { value: d.id, text: d.name }));
  const needAreas = Object.keys(L.vocab.needAreas).sort((a, b) =>
    L.needArea(a).localeCompare(L.needArea(b), 'sv'),
  );
  for (const n of needAreas) el('needArea').append(h('option', { value: n, text: L.needArea(n) }));
  form.dataset.filled = 'true';
}

/**
 * One entry of the list.
 * @param {CatalogueItem} i
 * @param {PageLabels} L
 * @param {string | null} district
 */
function item(i, L, district) {
  const av =
    district && i.level === 'district' && i.offeredIn.some((o) => o.district === district)
      ? 'local'
      : levelAvailability(i);
  return h(
    'li',
    { 'data-id': i.id },
    h(
      'h2',
      { class: 'h-item' },
      h('a', { href: `/insats/${encodeURIComponent(i.id)}`, text: displayName(i.name, i.aliases) }),
    ),
    h(
      'ul',
      { class: 'badges' },
      h('li', {
        class: `badge ${availabilityClass(av)}`,
        text: availabilityText(av, i.offeredIn, L, !!district),
      }),
      h('li', {
        class: 'badge evidence',
        text: t('badge.evidence', { level: L.evidence(i.evidence.level) }),
      }),
    ),
    h('p', {
      class: 'meta',
      text: `${ageText(i.ageRange)} · ${joinSv(i.needAreas.map(L.needArea))}`,
    }),
  );
}

/**
 * @param {URLSearchParams} params
 * @param {{ current: () => boolean, focus: boolean }} ctx
 */
export async function renderCatalogue(params, { current, focus }) {
  const L = await getLabels();
  if (!current()) return;
  const form = /** @type {HTMLFormElement} */ (byId('catalogue-form'));
  fillSelects(form, L);
  const age = /** @type {HTMLInputElement} */ (form.elements.namedItem('age'));
  for (const k of ['district', 'needArea', 'age'])
    /** @type {HTMLInputElement} */ (form.elements.namedItem(k)).value = params.get(k) ?? '';
  const errors = byId('catalogue-errors');
  errors.hidden = true;
  age.removeAttribute('aria-invalid');

  const q = new URLSearchParams();
  for (const k of ['district', 'needArea', 'age']) {
    const v = params.get(k);
    if (v) q.set(k, v);
  }
  const status = byId('catalogue-status');
  status.textContent = t('catalogue.loading');
  let data;
  try {
    data = await api(`/api/v1/interventions${q.size ? `?${q}` : ''}`);
  } catch (e) {
    if (!current()) return;
    if (e instanceof ApiError && e.status === 400) {
      const problems = e.problem?.errors ?? [];
      const msgs = problems.map((p) =>
        t(
          p.field === 'age'
            ? 'form.error.age'
            : p.field === 'district'
              ? 'form.error.district'
              : 'catalogue.error.need-area',
        ),
      );
      if (problems.some((p) => p.field === 'age')) age.setAttribute('aria-invalid', 'true');
      fill(
        errors,
        h(
          'ul',
          {},
          msgs.map((m) => h('li', { text: m })),
        ),
      );
      errors.hidden = false;
      status.textContent = t('catalogue.invalid');
      fill(byId('catalogue-results'));
      return;
    }
    throw e;
  }
  if (!current()) return;
  /** @type {CatalogueItem[]} */
  const items = [...data.items].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const count = t(items.length === 1 ? 'catalogue.count.one' : 'catalogue.count.many', {
    count: items.length,
  });
  status.textContent = `${count} ${t(q.size ? 'catalogue.filtered' : 'catalogue.all')}.`;
  fill(
    byId('catalogue-results'),
    items.map((i) => item(i, L, params.get('district'))),
  );
  if (focus) focusHeading(byId('view-catalogue'));
}
