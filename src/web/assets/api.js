// @ts-check
// The page's API client: JSON over fetch, RFC 9457 problems as ApiError, and the two lookups every
// page needs (vocabulary, districts) fetched once per page load.

/** @typedef {{ field: string, code: string, message?: string }} FieldProblem */
/** @typedef {{ detail?: string, errors?: FieldProblem[] } & Record<string, unknown>} Problem */

/** An API error with the RFC 9457 problem body (if any); status 0 = no answer at all. */
export class ApiError extends Error {
  /**
   * @param {number} status
   * @param {Problem | null} problem
   */
  constructor(status, problem) {
    super(problem?.detail || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || null;
  }
}

/**
 * GET or POST JSON; throws ApiError on HTTP errors and on network failure (status 0).
 * @param {string} path
 * @param {{ method?: string, body?: unknown }} [opts]
 * @returns {Promise<any>} the parsed JSON answer (its shape is the OpenAPI contract's)
 */
export async function api(path, { method = 'GET', body } = {}) {
  let res;
  try {
    res = await fetch(path, {
      method,
      headers: body
        ? { 'Content-Type': 'application/json', Accept: 'application/json' }
        : { Accept: 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, null);
  }
  let data;
  try {
    data = await res.json();
  } catch {
    data = null;
  }
  if (!res.ok) throw new ApiError(res.status, data);
  return data;
}

/**
 * Every option that fits a profile (the API's default limit is for integrations); view=full: the
 * page renders whole cards (the API's default view is lean).
 * @param {Record<string, unknown>} profile
 * @returns {Promise<import('./results/types.js').RecommendationAnswer>}
 */
export function recommendations(profile) {
  return api('/api/v1/recommendations?explain=true&limit=200&view=full', {
    method: 'POST',
    body: profile,
  });
}

/** @type {Promise<import('./results/types.js').Vocabulary> | undefined} */
let vocabularyP;
/** @type {Promise<import('./results/types.js').District[]> | undefined} */
let districtsP;

/**
 * The vocabulary (labels, wording, result groups) and the seed documents, fetched once per page
 * load (a failed fetch is retried next time).
 * @returns {Promise<import('./results/types.js').Vocabulary>}
 */
export function vocabulary() {
  vocabularyP ??= api('/api/v1/vocabulary').catch((e) => {
    vocabularyP = undefined;
    throw e;
  });
  return vocabularyP;
}

/**
 * The 14 districts (id, name, area), fetched once per page load.
 * @returns {Promise<import('./results/types.js').District[]>}
 */
export function districts() {
  districtsP ??= api('/api/v1/districts')
    .then((d) => d.items)
    .catch((e) => {
      districtsP = undefined;
      throw e;
    });
  return districtsP;
}
