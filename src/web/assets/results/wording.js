// @ts-check
// The page's side of the shared wording: the same templates as the service (catalog/vocabulary.yaml
// `wording`, served by GET /api/v1/vocabulary) and the same two rules as src/catalogue/wording.ts, so
// an unknown age reads the same on the page, in reasons, CDS Hooks and HSDS.

/** @typedef {import('./types.js').Wording} Wording */

/**
 * The template for `key` with each {name} replaced by vars[name].
 * @param {Wording} wording
 * @param {string} key
 * @param {Record<string, string | number>} [vars]
 */
export function say(wording, key, vars = {}) {
  const t = wording[key] ?? key;
  return t.replace(/\{([a-z]+)\}/g, (m, /** @type {string} */ name) =>
    vars[name] === undefined ? m : String(vars[name]),
  );
}

/**
 * "4–12 år", "från 4 år", "till och med 20 år", "Ålder anges inte i källorna".
 * @param {Wording} wording
 * @param {import('./types.js').AgeRange} r
 */
export function ageRangeText(wording, r) {
  if (r.min !== null && r.max !== null)
    return say(wording, 'age.range', { min: r.min, max: r.max });
  if (r.min !== null) return say(wording, 'age.from', { min: r.min });
  if (r.max !== null) return say(wording, 'age.to', { max: r.max });
  return say(wording, 'age.unknown');
}
