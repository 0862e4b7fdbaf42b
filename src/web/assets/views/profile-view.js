// @ts-check
// The start page: the profile form (built from the schema), the profile in the address, and the
// results of POST /recommendations (rendered by results/results-view.js).
import { recommendations, ApiError } from '../api.js';
import { h, fill, byId, focusHeading } from '../dom.js';
import { getLabels, showVersion } from '../labels.js';
import { t, tNodes, joinSv } from '../text.js';
import { renderResultsView } from '../results/results-view.js';
import { whyNot } from '../components/why-not.js';
import { watchForStale } from '../results/stale.js';
import { buildProfileForm, profileFieldsOf } from './profile-form.js';
import { profileFromParams, fillForm } from './profile-params.js';
import { clearFieldErrors, showFieldErrors } from './field-errors.js';

/** @typedef {import('../results/types.js').PageLabels} PageLabels */
/** @typedef {import('../results/types.js').RecommendationAnswer} RecommendationAnswer */
/** @typedef {{ current: () => boolean, focus: boolean, submitted: boolean }} RenderCtx */

/** @type {{ clear(): void } | null} */
let stale = null;

/**
 * Build the form once the schema and layout are here, and return the profile's fields.
 * @param {PageLabels} L
 */
export function readyForm(L) {
  const form = /** @type {HTMLFormElement} */ (byId('profile-form'));
  // profileForm is optional in the vocabulary; without it every field still gets a control.
  buildProfileForm(form, L.vocab.profileSchema, L.vocab.profileForm ?? [], L.district);
  // The stale-results banner speaks the vocabulary's words, so it is made once they are here.
  stale ??= watchForStale(form, byId('results'));
  return { form, fields: profileFieldsOf(L.vocab.profileSchema) };
}

/**
 * "14 år, Skärholmen".
 * @param {RecommendationAnswer['profile']} profile
 * @param {PageLabels} L
 */
function describeProfile(profile, L) {
  const parts = [];
  if (typeof profile.age === 'number') parts.push(t('profile.age', { age: profile.age }));
  parts.push(
    typeof profile.district === 'string' ? L.district(profile.district) : t('profile.no-district'),
  );
  return parts.join(', ');
}

/**
 * @param {URLSearchParams} params
 * @param {RenderCtx} ctx
 */
export async function renderProfile(params, { current, focus, submitted }) {
  const L = await getLabels();
  if (!current()) return;
  const { form, fields } = readyForm(L);
  fillForm(form, params, fields);
  clearFieldErrors();

  const { profile, unknown } = profileFromParams(params, fields);
  if (unknown.length) {
    // Fields that are not part of the profile (could be personal data from a linking system):
    // drop them from the address and history entry.
    for (const k of unknown) params.delete(k);
    const qs = params.toString();
    history.replaceState(history.state, '', location.pathname + (qs ? `?${qs}` : ''));
  }
  const status = byId('results-status');
  const body = byId('results-body');
  const printBtn = byId('print-results');
  byId('jump-results').hidden = true;
  if (!Object.keys(profile).length && !submitted) {
    printBtn.hidden = true;
    fill(body);
    fill(status, ...tNodes('results.prompt', { button: h('strong', { text: t('form.submit') }) }));
    if (unknown.length) status.append(` ${t('results.unknown-removed')}`);
    if (focus) focusHeading(byId('view-profile'));
    return;
  }

  const results = byId('results');
  results.setAttribute('aria-busy', 'true');
  status.textContent = t('results.loading');
  let result;
  try {
    result = await recommendations(profile);
  } catch (e) {
    if (!current()) return;
    results.removeAttribute('aria-busy');
    printBtn.hidden = true;
    fill(body);
    if (e instanceof ApiError && e.status === 400 && Array.isArray(e.problem?.errors)) {
      showFieldErrors(e.problem.errors);
      status.textContent = t('results.invalid');
      if (focus || submitted) byId('form-errors').focus();
      return;
    }
    throw e;
  }
  if (!current()) return;
  results.removeAttribute('aria-busy');
  showVersion(result.catalogueVersion);
  renderResults(result, L, params, fields.keys);
  stale?.clear();
  byId('view-profile').dataset.hasResults = String(result.recommendations.length > 0);
  const searchLink = document.querySelector('a[data-nav="search"]');
  const district = result.profile.district;
  searchLink?.setAttribute(
    'href',
    district ? `/sok?district=${encodeURIComponent(district)}` : '/sok',
  );
  printBtn.hidden = result.recommendations.length === 0;
  byId('jump-results').hidden = false;
  document.title = t('title.results', { profile: describeProfile(result.profile, L) });
  if (focus || submitted) byId('results-title').focus();
}

/**
 * @param {RecommendationAnswer} result
 * @param {PageLabels} L
 * @param {URLSearchParams} params
 * @param {Set<string>} profileKeys
 */
function renderResults(result, L, params, profileKeys) {
  const recs = result.recommendations;
  const needs = result.needs.map(L.needArea);
  const central = result.centralAlternatives.length;
  const count = t(recs.length === 1 ? 'results.count.one' : 'results.count.many', {
    count: recs.length,
  });
  byId('results-status').textContent = recs.length
    ? `${count}${central ? `, ${t('results.count.central', { central })}` : ''}.`
    : t('label.no-options');

  const violence = result.profile.violence;
  const summary = h(
    'p',
    { class: 'profile-summary', id: 'profile-summary' },
    h('strong', { text: `${t('profile.label')}: ` }),
    describeProfile(result.profile, L),
    violence?.length ? `; ${joinSv(violence.map((v) => t(`profile.violence.${v}`)))}` : '',
    '. ',
    h('strong', { text: `${t('label.needs')}: ` }),
    needs.length ? `${joinSv(needs)}.` : t('results.no-needs'),
  );
  const printed = h('p', {
    class: 'print-only meta',
    text: t('results.printed', {
      date: new Date().toLocaleDateString('sv-SE'),
      version: result.catalogueVersion,
      url: location.href,
    }),
  });
  const profileQuery = new URLSearchParams(
    [...params].filter(([k]) => profileKeys.has(k)),
  ).toString();
  renderResultsView(byId('results-body'), result, {
    L,
    w: L.vocab.wording ?? {},
    groups: L.vocab.resultGroups ?? [],
    params,
    profileQuery,
    header: [summary, printed],
    whyNot: whyNot(result.excluded ?? []),
  });
}
