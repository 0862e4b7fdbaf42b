// One side over the whole population: what each profile is shown. Kept small per profile (ranked
// ids and a digest of the answer), so 20,000 profiles × 2 sides stay in memory comfortably.
import { createHash } from 'node:crypto';
import type { CatalogueVersion } from '../version/catalogue-version.js';
import { recommend } from '../recommend/recommend.js';
import { isExcluded } from '../recommend/constraints.js';
import type { Profile } from '../recommend/profile.js';

export interface Answer {
  /** Every fitting option in rank order (up to the ranking's maxLimit). */
  ranked: string[];
  /** Digest of what a social worker sees: the first `shown` options (order, where, why), the
   * central alternatives and the needs overview. */
  digest: string;
  /** Shown options whose age range or preconditions the profile does not meet (must stay empty). */
  violations: string[];
}

export async function answerOf(
  v: CatalogueVersion,
  profile: Profile,
  shown: number,
): Promise<Answer> {
  const r = await recommend(v, profile, { limit: v.catalogue.ranking.maxLimit });
  const top = r.recommendations.slice(0, shown);
  const digest = createHash('sha1')
    .update(
      JSON.stringify([
        top.map((o) => [o.id, o.availability, o.reasons]),
        r.centralAlternatives,
        r.needsOverview,
        r.needs,
      ]),
    )
    .digest('base64');
  const violations = top
    .filter((o) => isExcluded(v.interventionById.get(o.id)!, profile))
    .map((o) => o.id);
  return { ranked: r.recommendations.map((o) => o.id), digest, violations };
}

export async function runPopulation(
  v: CatalogueVersion,
  profiles: readonly Profile[],
  shown: number,
): Promise<Answer[]> {
  const out: Answer[] = [];
  for (const p of profiles) out.push(await answerOf(v, p, shown));
  return out;
}
