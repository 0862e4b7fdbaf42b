// @ts-check
// The shared helpers every page imports, gathered in one place: API client (api.js), DOM building
// (dom.js), labels (labels.js) and the page's wording (text.js). Kept so the modules of /tackning
// and /kalla and the results components have one import line.
export { ApiError, api, recommendations, vocabulary, districts } from './api.js';
export { h, fill } from './dom.js';
export {
  makeLabels,
  HIGH_EVIDENCE,
  availabilityClass,
  levelAvailability,
  abbreviation,
  displayName,
  showVersion,
} from './labels.js';
export { errorText, availabilityText, ageText, joinSv, t } from './text.js';
// Sources are rendered by source-line.js (issue #13: quotes and links to the source text).
export { sourceItems } from './source-line.js';
