// @ts-check
// The single page app for /, /sok, /katalog, /insats/<id> and /om-kunskapslage: wiring only. The
// router (router.js) picks the view, each view is its own module (views/), and the needs profile
// lives in the address with the API's field names, so links can be shared and Back works.
import { byId } from './dom.js';
import { render, navigate, isSpaLink } from './router.js';
import { getLabels } from './labels.js';
import { readyForm } from './views/profile-view.js';
import { queryFromForm } from './views/profile-params.js';

/** @param {string} id */
const formById = (id) => /** @type {HTMLFormElement} */ (byId(id));

function wireProfileForm() {
  const form = formById('profile-form');
  byId('edit-profile').addEventListener('click', (e) => {
    const view = byId('view-profile');
    const open = view.dataset.formOpen !== 'true';
    view.dataset.formOpen = String(open);
    /** @type {HTMLElement} */ (e.currentTarget).setAttribute('aria-expanded', String(open));
  });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    // Without the vocabulary the form has no fields yet; the render then says why.
    const fields = await getLabels().then(
      (L) => readyForm(L).fields,
      () => undefined,
    );
    const q = queryFromForm(form, fields);
    const url = `/${q.size ? `?${q}` : ''}`;
    // Re-submitting the same profile does not add a history entry.
    if (url === location.pathname + location.search) history.replaceState(history.state, '', url);
    else history.pushState({ spa: true }, '', url);
    render({ submitted: true });
  });
  byId('reset-profile').addEventListener('click', () => {
    form.reset();
    navigate('/');
  });
  byId('print-results').addEventListener('click', () => window.print());
}

function wireOtherForms() {
  formById('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const q = /** @type {HTMLInputElement} */ (byId('f-q')).value.trim();
    const district = /** @type {HTMLSelectElement} */ (byId('f-q-district')).value;
    const query = new URLSearchParams({ ...(q ? { q } : {}), ...(district ? { district } : {}) });
    navigate(query.size ? `/sok?${query}` : '/sok', { force: true });
  });
  formById('catalogue-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const q = queryFromForm(formById('catalogue-form'));
    navigate(`/katalog${q.size ? `?${q}` : ''}`, { force: true });
  });
  byId('detail-back').addEventListener('click', (e) => {
    if (history.state?.spa) {
      e.preventDefault();
      history.back();
    }
  });
}

function wireNavigation() {
  document.addEventListener('click', (e) => {
    const target = e.target instanceof Element ? e.target : null;
    const focusLink = /** @type {HTMLElement | null} */ (target?.closest('a[data-focus]') ?? null);
    if (focusLink) {
      e.preventDefault();
      document.getElementById(focusLink.dataset.focus ?? '')?.focus();
      return;
    }
    const a = /** @type {HTMLAnchorElement | null} */ (target?.closest('a[href]') ?? null);
    if (!a || !isSpaLink(a, e)) return;
    e.preventDefault();
    navigate(a.href, {
      from: /** @type {HTMLElement | null} */ (a.closest('li.card'))?.dataset.id,
    });
  });
  window.addEventListener('popstate', async () => {
    const { scrollY, from } = history.state ?? {};
    await render({ focus: scrollY === undefined });
    if (scrollY === undefined) return;
    window.scrollTo(0, scrollY);
    /** @type {HTMLElement | null} */ (document.querySelector(`#kort-${from} h4 a`))?.focus({
      preventScroll: true,
    });
  });
}

function wirePrint() {
  // Print: open the disclosure in each card so the case file gets everything.
  /** @type {HTMLDetailsElement[]} */
  const opened = [];
  window.addEventListener('beforeprint', () => {
    // "Skriv ut valda" prints only the chosen cards, so only theirs open.
    const which = document.body.classList.contains('print-selected') ? '.card.picked' : '.card';
    for (const d of document.querySelectorAll(`${which} details:not([open])`)) {
      /** @type {HTMLDetailsElement} */ (d).open = true;
      opened.push(/** @type {HTMLDetailsElement} */ (d));
    }
  });
  window.addEventListener('afterprint', () => {
    for (const d of opened.splice(0)) d.open = false;
  });
}

wireProfileForm();
wireOtherForms();
wireNavigation();
wirePrint();
render();
