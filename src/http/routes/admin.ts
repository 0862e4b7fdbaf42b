// POST /api/v1/admin/reload — off unless ADMIN_TOKEN is set; Bearer token compared in constant time.
import { timingSafeEqual, createHash } from 'node:crypto';
import { Router } from 'express';
import type { AppContext } from '../context.js';
import { HttpProblem, badRequest, nothingHere } from '../problem.js';
import { formatProblem } from '../../catalogue/problem.js';

function sameToken(given: string, expected: string): boolean {
  // Hash first so lengths match and the comparison time does not reveal the token length.
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

function countHeader(raw: string[], name: string): number {
  let n = 0;
  for (let i = 0; i < raw.length; i += 2) if (raw[i]!.toLowerCase() === name) n++;
  return n;
}

export function adminRoutes(ctx: AppContext): Router {
  const r = Router();
  r.post('/admin/reload', async (req, res) => {
    const token = ctx.config.adminToken;
    // Off: the same 404 as any unknown route, so the answer tells nothing about configuration.
    if (!token) throw nothingHere();
    // Node keeps the first of duplicate Authorization headers; two credentials are refused outright.
    if (countHeader(req.rawHeaders, 'authorization') > 1)
      throw badRequest(
        'duplicate-header',
        'Duplicate header',
        'Send exactly one Authorization header.',
      );
    const auth = req.get('authorization') ?? '';
    const m = /^Bearer (\S+)$/.exec(auth);
    if (!m || !sameToken(m[1]!, token)) {
      res.set('WWW-Authenticate', 'Bearer realm="insatsguiden-admin"');
      throw new HttpProblem(
        401,
        'unauthorized',
        'Unauthorized',
        'A valid Bearer token is required.',
      );
    }
    const result = await ctx.store.reload();
    if (result.ok) {
      ctx.logger.info(
        { version: result.version, previousVersion: result.previousVersion },
        'catalogue reloaded',
      );
      res.json({
        reloaded: true,
        catalogueVersion: result.version,
        previousVersion: result.previousVersion,
      });
      return;
    }
    ctx.logger.warn(
      { problems: result.problems.length },
      'catalogue reload rejected; previous version keeps serving',
    );
    throw new HttpProblem(
      422,
      'catalogue-invalid',
      'Catalogue reload rejected',
      `${result.problems.length} problem(s); the previous version keeps serving.`,
      {
        catalogueVersion: result.version,
        problems: result.problems.map((p) => ({ ...p, text: formatProblem(p) })),
      },
    );
  });
  return r;
}
