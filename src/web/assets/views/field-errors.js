// @ts-check
// The API's field problems (400, RFC 9457 `errors`) shown in Swedish: a summary above the form that
// links to each field, and a message at the field itself (aria-invalid, aria-describedby).
import { h, fill, byId } from '../dom.js';
import { t } from '../text.js';

/** @typedef {import('../api.js').FieldProblem} FieldProblem */

/**
 * The visible label of a profile field (its <label>, or its fieldset's legend).
 * @param {string} field
 */
function fieldLabel(field) {
  const base = field.split('.')[0] ?? field;
  const own = document.querySelector(`label[for="f-${CSS.escape(base)}"]`);
  if (own) return own.textContent?.trim() ?? base;
  const first = /** @type {HTMLInputElement | null} */ (
    document.querySelector(`#profile-form [name="${CSS.escape(base)}"]`)
  );
  if (!first) return base;
  if (first.type === 'radio' || first.type === 'checkbox') {
    const legend = first.closest('fieldset')?.querySelector('legend')?.textContent?.trim();
    if (
      first.type === 'radio' ||
      document.querySelectorAll(`[name="${CSS.escape(base)}"]`).length > 1
    )
      return legend ?? base;
  }
  return first.closest('label')?.textContent?.trim() ?? base;
}

/**
 * The Swedish message for one problem.
 * @param {FieldProblem} p
 */
function fieldMessage(p) {
  const base = p.field.split('.')[0] ?? p.field;
  if (base === 'age')
    return t(p.code === 'MISSING_PROPERTY' ? 'form.error.age-missing' : 'form.error.age');
  if (base === 'district') return t('form.error.district');
  const label = fieldLabel(p.field);
  switch (p.code) {
    case 'UNKNOWN_PROPERTY':
      return t('form.error.unknown-field', { field: base });
    case 'NOT_ALLOWED_VALUE':
      return t('form.error.not-allowed', { label });
    case 'WRONG_TYPE':
      return t('form.error.wrong-type', { label });
    case 'DUPLICATE_ITEM':
      return t('form.error.duplicate', { label });
    default:
      return t('form.error.invalid', { label });
  }
}

/** Remove the summary and every field's message. */
export function clearFieldErrors() {
  const box = byId('form-errors');
  box.hidden = true;
  fill(box);
  for (const el of document.querySelectorAll('#profile-form [aria-invalid]')) {
    el.removeAttribute('aria-invalid');
    const hint = el.id ? `${el.id}-hint` : '';
    if (hint && document.getElementById(hint)) el.setAttribute('aria-describedby', hint);
    else el.removeAttribute('aria-describedby');
  }
  for (const el of document.querySelectorAll('#profile-form .field-error')) el.remove();
}

/**
 * Show the API's field problems: a summary above the form and a message at each field.
 * @param {FieldProblem[]} problems
 */
export function showFieldErrors(problems) {
  const box = byId('form-errors');
  const items = [];
  const done = new Set();
  for (const p of problems) {
    const base = p.field.split('.')[0] ?? p.field;
    const msg = fieldMessage(p);
    if (done.has(base + msg)) continue;
    done.add(base + msg);
    const target =
      document.getElementById(`f-${base}`) ??
      document.querySelector(`#profile-form [name="${CSS.escape(base)}"]`);
    const errId = `err-${base}`;
    if (target && !document.getElementById(errId)) {
      const err = h('span', { class: 'field-error', id: errId, text: msg });
      const anchor = target.closest('fieldset') ?? target.closest('label');
      if (target.closest('.field')) target.insertAdjacentElement('afterend', err);
      else if (anchor) anchor.append(err);
      target.setAttribute('aria-invalid', 'true');
      const described = target.getAttribute('aria-describedby');
      target.setAttribute('aria-describedby', described ? `${described} ${errId}` : errId);
    }
    items.push(
      h(
        'li',
        {},
        target?.id
          ? h('a', { href: `#${target.id}`, 'data-focus': target.id, text: msg })
          : h('span', { text: msg }),
      ),
    );
  }
  fill(box, h('h2', { text: t('form.error.title') }), h('ul', {}, items));
  box.hidden = false;
}
