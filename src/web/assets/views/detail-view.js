// @ts-check
// /insats/<id>: one catalogue entry in full. Opened from results, the address carries the profile,
// so the page shows the option as recommended for it (availability from the profile's district,
// reasons) and its back link returns to the results.
import { api, ApiError } from '../api.js';
import { h, fill, byId, focusHeading } from '../dom.js';
import { getLabels, availabilityClass, levelAvailability, displayName } from '../labels.js';
import { t, tNodes, availabilityText } from '../text.js';
import { checkBlock, sourceItems } from '../source-line.js';
import { evidenceBadge } from '../results/option-row.js';
import { recommendedFor, profileContext } from './detail-context.js';
import { profileFieldsOf } from './profile-form.js';
import { profileFromParams } from './profile-params.js';
import { detailFacts, whereOffered } from '../components/detail-facts.js';

/** @typedef {import('../components/detail-facts.js').InterventionDetail} InterventionDetail */

/**
 * @param {string} id
 * @param {{ current: () => boolean, focus: boolean }} ctx
 */
export async function renderDetail(id, { current, focus }) {
  const body = byId('detail-body');
  const back = byId('detail-back');
  const L = await getLabels();
  if (!current()) return;
  fill(body, h('p', { text: t('detail.loading') }));
  back.textContent = t(history.state?.spa ? 'detail.back' : 'detail.back-home');
  const params = new URLSearchParams(location.search);
  const { profile } = profileFromParams(params, profileFieldsOf(L.vocab.profileSchema));
  if (profile.age !== undefined) {
    back.textContent = t('detail.back-results');
    back.setAttribute('href', `/?${params}`);
  }
  /** @type {InterventionDetail} */
  let i;
  let context;
  try {
    [i, context] = await Promise.all([
      api(`/api/v1/interventions/${encodeURIComponent(id)}`),
      recommendedFor(id, profile).catch(() => null),
    ]);
  } catch (e) {
    if (!current()) return;
    if (e instanceof ApiError && e.status === 404) {
      const link = h('a', { href: '/sok', text: t('detail.search-link') });
      fill(
        body,
        h('h1', { tabindex: '-1', text: t('detail.not-found.title') }),
        h('p', {}, ...tNodes('detail.not-found', { link })),
      );
      if (focus) focusHeading(body);
      return;
    }
    throw e;
  }
  if (!current()) return;
  document.title = t('title.detail', { name: i.name });
  const av = levelAvailability(i);
  fill(
    body,
    h('h1', { tabindex: '-1', text: displayName(i.name, i.aliases) }),
    h(
      'ul',
      { class: 'badges', 'aria-label': t('badges.label') },
      h('li', {
        class: `badge ${availabilityClass(av)}`,
        'data-badge': 'availability',
        text: availabilityText(av, i.offeredIn, L, false),
      }),
      h('li', {}, evidenceBadge(i.evidence.level, L)),
      i.alternativeToPlacement
        ? h('li', { class: 'badge placement', text: t('fact.placement-alternative') })
        : null,
    ),
    context
      ? profileContext(context, /** @type {string | undefined} */ (profile.district), L)
      : null,
    h('p', { class: 'detail-summary', text: i.summary }),
    checkBlock(i, L),
    h(
      'dl',
      { class: 'facts panel' },
      detailFacts(i, L).map(([k, v]) => [h('dt', { text: k }), h('dd', { text: v })]),
    ),
    h('h2', { text: t('detail.where-title') }),
    whereOffered(i, L),
    i.availabilityNote ? h('p', { text: i.availabilityNote }) : null,
    h('h2', { text: t('fact.sources') }),
    h('ul', { class: 'sources' }, sourceItems(i.sources, L)),
    h('p', {
      class: 'meta',
      text: t('detail.reviewed', {
        date: i.lastReviewed ?? t('detail.reviewed-unknown'),
        version: i.catalogueVersion,
      }),
    }),
  );
  if (focus) focusHeading(body);
}
