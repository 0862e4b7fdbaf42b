// @ts-check
// JSDoc types of the API answers the results page reads (schemas/openapi.yaml is the contract).

/**
 * The recommendation answer the page asks for (?view=full, whole cards) and its parts are the
 * types generated from schemas/api/recommendation.schema.json, the contract the API is tested on.
 * @typedef {import('../../../catalogue/generated/api/recommendation.js').FullRecommendationResponse} RecommendationAnswer
 * @typedef {import('../../../catalogue/generated/api/recommendation.js').FullRecommendation} Recommendation
 * @typedef {import('../../../catalogue/generated/api/recommendation.js').AgeRange} AgeRange
 * @typedef {import('../../../catalogue/generated/api/recommendation.js').NeedLine} NeedLine
 * @typedef {import('../../../catalogue/generated/api/recommendation.js').CentralAlternative} CentralAlternative
 * @typedef {import('../../../catalogue/generated/api/recommendation.js').ExcludedIntervention} Excluded
 * @typedef {{
 *   district: (id: string) => string, needArea: (id: string) => string,
 *   evidence: (id: string) => string, evidenceDescription: (id: string) => string,
 *   targetGroup: (id: string) => string, form: (id: string) => string,
 *   decision: (id: string) => string, level: (id: string) => string,
 *   document: (id: string) => string
 * }} Labels
 * @typedef {Readonly<Record<string, string>>} Wording
 * @typedef {{ id: string, name: string, area?: string }} District
 */

/**
 * The vocabulary answer (GET /api/v1/vocabulary) is the type generated from
 * schemas/api/catalogue.schema.json. Its profileSchema is read as the profile form's
 * ProfileSchema: the contract describes only its outline (a JSON Schema with properties).
 * @typedef {import('../../../catalogue/generated/api/catalogue.js').ResultGroup} ResultGroup
 * @typedef {Omit<import('../../../catalogue/generated/api/catalogue.js').VocabularyResponse,
 *   'profileSchema'> & { profileSchema: import('../views/profile-form.js').ProfileSchema }} Vocabulary
 * @typedef {Labels & { vocab: Vocabulary, districtList: District[] }} PageLabels
 */

export {};
