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
import { cachedAnswer } from '../answer-cache.js';
import { sendPrecomputed } from '../precomputed.js';

/** The 400 that names every offending profile field and what is allowed. */
const invalidProfile = (errors: FieldError[]) =>
  badRequest(
    'invalid-profile',
    'Invalid needs profile',
    `The profile was rejected: ${fieldList(errors)}. Profiles are anonymised; only the documented fields are accepted.`,
    { errors },
  );

/** `answerCacheBytes`: the bound of the per-version answer cache (ANSWER_CACHE_MB); 0 = off. */
export function recommendationRoutes(answerCacheBytes: number): Router {
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
    // Everything the answer depends on besides the version. The profile is already validated, so
    // its JSON is small and anonymised; the key never leaves this process (no log, no header).
    const key = `${view}|${explain}|${limit}|${JSON.stringify(profile)}`;
    const { entry, hit } = await cachedAnswer(v, answerCacheBytes, key, async () =>
      recommendationJson(v, await recommend(v, profile, { explain, limit }), view),
    );
    // A first answer is compressed on the fly by the middleware; an answer asked for again is
    // compressed once and its gzip or brotli bytes kept with it.
    if (hit) sendPrecomputed(req, res, entry);
    else res.type(entry.type).send(entry.body);
  });
  return r;
}
