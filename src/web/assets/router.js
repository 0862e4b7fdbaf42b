// @ts-check
// The single page app's router for /, /sok, /katalog, /insats/<id> and /om-kunskapslage: which view
// a path shows, rendering it (the newest render wins: older ones see current() turn false), and
// same-origin links handled without a page load.
import { byId, fill, h, focusHeading } from './dom.js';
import { getLabels } from './labels.js';
import { t, errorText, currentWording } from './text.js';
import { renderProfile } from './views/profile-view.js';
import { renderSearch } from './views/search-view.js';
import { renderCatalogue } from './views/catalogue-view.js';
import { renderDetail } from './views/detail-view.js';
import { renderEvidenceView } from './views/evidence-view.js';

/** @typedef {'profile' | 'search' | 'catalogue' | 'detail' | 'evidence' | 'error'} View */

/**
 * @param {string} path
 * @returns {View}
 */
export function viewFor(path) {
  if (path === '/' || path === '/index.html') return 'profile';
  if (path === '/sok') return 'search';
  if (path === '/katalog') return 'catalogue';
  if (/^\/insats\/[^/]+$/.test(path)) return 'detail';
  if (path === '/om-kunskapslage') return 'evidence';
  return 'error';
}

/** @param {View} view */
function showView(view) {
  for (const el of document.querySelectorAll('[data-view]'))
    /** @type {HTMLElement} */ (el).hidden = /** @type {HTMLElement} */ (el).dataset.view !== view;
  for (const a of document.querySelectorAll('[data-nav]')) {
    if (/** @type {HTMLElement} */ (a).dataset.nav === view) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

/**
 * The view's title (without the vocabulary, when the service is down, the static <title> stays).
 * @param {View} view
 */
function setTitle(view) {
  if (currentWording()[`title.view.${view}`]) document.title = t(`title.view.${view}`);
}

/**
 * A failed render, said in Swedish where the view shows its status.
 * @param {View} view
 * @param {unknown} e
 */
function showPageError(view, e) {
  const text = errorText(e);
  if (view === 'profile') {
    byId('results-status').textContent = text;
    fill(byId('results-body'));
  } else if (view === 'search') byId('search-status').textContent = text;
  else if (view === 'catalogue') byId('catalogue-status').textContent = text;
  else if (view === 'detail') {
    const title = currentWording()['detail.failed'] ? t('detail.failed') : text;
    fill(byId('detail-body'), h('h1', { tabindex: '-1', text: title }), h('p', { text }));
  }
}

let renderToken = 0;

/**
 * Render the view for the current address. Tests (and anyone curious) can wait for
 * main[data-state="ready"].
 * @param {{ focus?: boolean, submitted?: boolean }} [opts]
 */
export async function render({ focus = false, submitted = false } = {}) {
  const token = ++renderToken;
  const current = () => token === renderToken;
  const main = byId('main');
  main.dataset.state = 'loading';
  const view = viewFor(location.pathname);
  showView(view);
  try {
    // The vocabulary carries the page's words and the profile schema: every view needs it.
    await getLabels().catch(() => null);
    setTitle(view);
    const params = new URLSearchParams(location.search);
    const ctx = { current, focus, submitted };
    if (view === 'profile') await renderProfile(params, ctx);
    else if (view === 'search') await renderSearch(params, ctx);
    else if (view === 'catalogue') await renderCatalogue(params, ctx);
    else if (view === 'detail')
      await renderDetail(decodeURIComponent(location.pathname.slice('/insats/'.length)), ctx);
    else if (view === 'evidence') {
      renderEvidenceView(byId('view-evidence'), (await getLabels()).vocab);
      if (focus) focusHeading(byId('view-evidence'));
    } else if (focus) focusHeading(byId('view-error'));
  } catch (e) {
    if (!current()) return;
    console.error(e);
    showPageError(view, e);
  } finally {
    if (current()) main.dataset.state = 'ready';
  }
}

/**
 * Go to `url` inside the app (a new history entry unless it is the current address).
 * @param {string} url
 * @param {{ force?: boolean, from?: string }} [opts]
 */
export function navigate(url, opts = {}) {
  const u = new URL(url, location.href);
  if (u.pathname + u.search !== location.pathname + location.search || opts.force) {
    // Back restores where the list was: remember the scroll position (and the row left from).
    history.replaceState({ ...history.state, scrollY: window.scrollY, from: opts.from }, '');
    history.pushState({ spa: true }, '', u.pathname + u.search + u.hash);
  }
  return render({ focus: true });
}

/**
 * Whether a click on this link is the app's to handle (same origin, a known view, no modifier).
 * @param {HTMLAnchorElement | null} a
 * @param {MouseEvent} event
 */
export function isSpaLink(a, event) {
  if (!a || event.defaultPrevented || event.button !== 0) return false;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  if (a.target && a.target !== '_self') return false;
  if (a.hasAttribute('download')) return false;
  const u = new URL(a.href, location.href);
  if (u.origin !== location.origin) return false;
  if (u.pathname === location.pathname && u.search === location.search && u.hash) return false;
  return viewFor(u.pathname) !== 'error';
}
