// @ts-check
// The profile in the address ↔ the form ↔ the API body. The address uses the API's field names,
// so links can be shared, the back button works and a case system can link to a profile.

/** @typedef {import('./profile-form.js').ProfileFields} ProfileFields */

/** Page state kept in the address beside the profile: the "Visa:" filter and the chosen options. */
export const PAGE_KEYS = new Set(['visa', 'valda']);

/**
 * The profile in the URL → the API body. Values the form cannot express go to the API as-is (it
 * answers with a field problem); keys that are not profile fields are returned as `unknown`.
 * @param {URLSearchParams} params
 * @param {ProfileFields} fields
 */
export function profileFromParams(params, fields) {
  /** @type {Record<string, unknown>} */
  const profile = {};
  /** @type {string[]} */
  const unknown = [];
  for (const key of new Set(params.keys())) {
    if (PAGE_KEYS.has(key)) continue;
    if (!fields.keys.has(key)) {
      unknown.push(key);
      continue;
    }
    if (fields.lists.has(key)) {
      const vs = params.getAll(key).filter((v) => v !== '');
      if (vs.length) profile[key] = vs;
      continue;
    }
    const raw = params.get(key);
    if (raw === null || raw === '') continue;
    if (fields.integers.has(key))
      profile[key] = /^-?\d+$/.test(raw.trim()) ? Number(raw.trim()) : raw;
    else if (fields.booleans.has(key))
      profile[key] = raw === 'true' ? true : raw === 'false' ? false : raw;
    else profile[key] = raw;
  }
  return { profile, unknown };
}

/**
 * A form → a canonical query string (DOM order, empty values left out; an enum's `none` is left
 * out too, since an absent field means none).
 * @param {HTMLFormElement} form
 * @param {ProfileFields} [fields]
 */
export function queryFromForm(form, fields) {
  const q = new URLSearchParams();
  for (const [k, v] of new FormData(form)) {
    const s = String(v).trim();
    if (s === '' || (s === 'none' && fields?.enums.has(k))) continue;
    q.append(k, s);
  }
  return q;
}

/**
 * Set the form's controls from the address.
 * @param {HTMLFormElement} form
 * @param {URLSearchParams} params
 * @param {ProfileFields} fields
 */
export function fillForm(form, params, fields) {
  for (const el of form.querySelectorAll('input[name], select[name]')) {
    const input = /** @type {HTMLInputElement | HTMLSelectElement} */ (el);
    const v = params.get(input.name) ?? '';
    if ('options' in input)
      input.value = v === '' && [...input.options].some((o) => o.value === 'none') ? 'none' : v;
    else if (input.type === 'checkbox')
      input.checked = fields.lists.has(input.name)
        ? params.getAll(input.name).includes(input.value)
        : v === 'true';
    else if (input.type === 'radio') input.checked = input.value === v;
    else input.value = v;
  }
}
