// POST /api/v1/recommendations — the profile in, ranked and explained options out.
import { Router } from 'express';
import { versionOf } from '../context.js';
import { queryBool, queryEnum, queryInt } from '../validate-input.js';
import { ANSWER_VIEWS } from '../../explain/lean-card.js';
import { checkProfile, type Profile } from '../../recommend/profile.js';
import { recommend } from '../../recommend/recommend.js';
import { badRequest } from '../problem.js';
import { fieldList } from '../problem-bounds.js';
import { recommendationJson } from '../serialize.js';
import type { CatalogueVersion } from '../../version/catalogue-version.js';

/** Validate a profile or throw a 400 that names every offending field and what is allowed. */
export function requireProfile(v: CatalogueVersion, body: unknown): Profile {
  const { profile, problems } = checkProfile(v.validateProfile, body);
  if (profile) return profile;
  const fields = fieldList(problems);
  throw badRequest(
    'invalid-profile',
    'Invalid needs profile',
    `The profile was rejected: ${fields}. Profiles are anonymised; only the documented fields are accepted.`,
    {
      errors: problems,
    },
  );
}

export function recommendationRoutes(): Router {
  const r = Router();
  r.post('/recommendations', async (req, res) => {
    const v = versionOf(res);
    const explain = queryBool(req, 'explain');
    const limit = queryInt(req, 'limit', 1, v.catalogue.ranking.maxLimit);
    // Lean by default: the static cards are one cacheable GET /api/v1/interventions away.
    const view = queryEnum(req, 'view', ANSWER_VIEWS) ?? 'lean';
    const profile = requireProfile(v, req.body);
    res
      .type('application/json')
      .send(recommendationJson(v, await recommend(v, profile, { explain, limit }), view));
  });
  return r;
}
