// POST /api/v1/recommendations — the profile in, ranked and explained options out.
import { Router } from 'express';
import { versionOf } from '../context.js';
import { validBody, validQuery, type FieldError } from '../validate-request.js';
import type { AnswerView } from '../../explain/lean-card.js';
import type { Profile } from '../../recommend/profile.js';
import { recommend } from '../../recommend/recommend.js';
import { badRequest } from '../problem.js';
import { fieldList } from '../problem-bounds.js';
import { recommendationJson } from '../serialize.js';

/** The 400 that names every offending profile field and what is allowed. */
const invalidProfile = (errors: FieldError[]) =>
  badRequest(
    'invalid-profile',
    'Invalid needs profile',
    `The profile was rejected: ${fieldList(errors)}. Profiles are anonymised; only the documented fields are accepted.`,
    { errors },
  );

export function recommendationRoutes(): Router {
  const r = Router();
  r.post('/recommendations', async (req, res) => {
    const v = versionOf(res);
    // Lean by default (the static cards are one cacheable GET /api/v1/interventions away); the
    // limit's bounds are the catalogue's ranking settings, injected into the document.
    const { explain, limit, view } = validQuery<{
      explain: boolean;
      limit: number;
      view: AnswerView;
    }>(req, res);
    const profile = validBody<Profile>(req, res, invalidProfile, '(profile)');
    res
      .type('application/json')
      .send(recommendationJson(v, await recommend(v, profile, { explain, limit }), view));
  });
  return r;
}
