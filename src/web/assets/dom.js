// @ts-check
// Building the page's DOM without innerHTML: every text goes in as a text node, so catalogue text
// can never become markup.

/** @typedef {Node | string | number | null | undefined | false | readonly unknown[]} Child */
/** @typedef {Record<string, unknown>} Attrs */

/**
 * Build an element. attrs: class, text, on<Event> handlers, `true` as an empty attribute,
 * null/undefined/false left out, anything else as a string attribute. Children: nodes, strings,
 * arrays, null/false (skipped).
 * @param {string} tag
 * @param {Attrs | null} [attrs]
 * @param {...Child} children
 * @returns {HTMLElement}
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') el.className = String(v);
    else if (k === 'text') el.textContent = String(v);
    else if (k.startsWith('on') && typeof v === 'function')
      el.addEventListener(k.slice(2), /** @type {EventListener} */ (v));
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

/**
 * @param {Element} el
 * @param {Child[]} children
 */
function append(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, /** @type {Child[]} */ (c));
    else el.append(c instanceof Node ? c : String(c));
  }
}

/**
 * Replace an element's children.
 * @template {Element} E
 * @param {E} el
 * @param {...Child} children
 * @returns {E}
 */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/**
 * The element with this id; the page's fixed skeleton (index.html) has it, so a missing one is a
 * programming error, not a state to handle.
 * @param {string} id
 * @returns {HTMLElement}
 */
export function byId(id) {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from the page`);
  return el;
}

/**
 * Move focus to a view's heading (after navigation, for screen readers and keyboard users).
 * @param {Element} container
 */
export function focusHeading(container) {
  const h1 = container.querySelector('h1');
  if (h1) h1.focus({ preventScroll: false });
}
