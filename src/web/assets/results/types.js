// @ts-check
// JSDoc types of the API answers the results page reads (schemas/openapi.yaml is the contract).

/**
 * @typedef {{ min: number | null, max: number | null, note?: string, strict?: boolean }} AgeRange
 * @typedef {{ document: string, section: string, supports?: string[] }} SourceRef
 * @typedef {{ district: string, note?: string, status?: 'offered' | 'planned' }} OfferedIn
 * @typedef {'local' | 'central' | 'regional' | 'framework-agreement' | 'other-district' | 'unknown'} Availability
 * @typedef {{
 *   id: string, name: string, aliases: string[], summary?: string, score: number, rank: number,
 *   reasons: string[], caveats: string[], matchedNeeds: string[], availability: Availability,
 *   accessTier: number, accessNote: string,
 *   provider: { id: string, name: string, level: string }, offeredIn: OfferedIn[],
 *   availabilityNote?: string, ageRange: AgeRange, targetGroup: string[], form: string[],
 *   intensity?: string, duration?: string, evidence: { level: string, notes: string },
 *   decision: string, alternativeToPlacement: boolean, referral: string, sources: SourceRef[],
 *   staleFacts?: { fact: string, document: string, title: string, year: number, text: string }[],
 *   eligibilityNotes?: string[]
 * }} Recommendation
 * @typedef {import('../../../catalogue/generated/api/recommendation.js').NeedLine} NeedLine
 * @typedef {import('../../../catalogue/generated/api/recommendation.js').CentralAlternative} CentralAlternative
 * @typedef {{ id: string, name: string, why: string[] }} Excluded
 * @typedef {{
 *   catalogueVersion: string, profile: Record<string, unknown> & { age?: number, district?: string },
 *   needs: string[], total: number, recommendations: Recommendation[], needsOverview: NeedLine[],
 *   centralAlternatives: CentralAlternative[], excluded?: Excluded[]
 * }} RecommendationAnswer
 * @typedef {{
 *   district: (id: string) => string, needArea: (id: string) => string,
 *   evidence: (id: string) => string, evidenceDescription: (id: string) => string,
 *   targetGroup: (id: string) => string, form: (id: string) => string,
 *   decision: (id: string) => string, level: (id: string) => string,
 *   document: (id: string) => string
 * }} Labels
 * @typedef {Readonly<Record<string, string>>} Wording
 * @typedef {{ id: string, heading: string, filter: string, availabilities: string[] }} ResultGroup
 * @typedef {{ id: string, name: string, area?: string }} District
 * @typedef {{ document: string, title: string, year?: number | null }} SeedDocumentMeta
 * @typedef {{
 *   catalogueVersion: string, wording: Wording, resultGroups: ResultGroup[],
 *   needAreas: Record<string, { label: string, description: string }>,
 *   evidenceLevels: Record<string, { label: string, description: string }>,
 *   targetGroups: Record<string, string>, forms: Record<string, string>,
 *   decisions: Record<string, string>, levels: Record<string, string>,
 *   documents: SeedDocumentMeta[],
 *   profileSchema: import('../views/profile-form.js').ProfileSchema,
 *   profileForm: import('../views/profile-form.js').SectionLayout[]
 * }} Vocabulary
 * @typedef {Labels & { vocab: Vocabulary, districtList: District[] }} PageLabels
 */

export {};
