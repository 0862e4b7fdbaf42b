// GET /api/v1/search?q=…[&district=…] — Swedish free-text search (index built once per catalogue
// version); with a district, each hit's availability is relative to it.
import { Router } from 'express';
import { versionOf } from '../context.js';
import { validQuery } from '../validate-request.js';

export function searchRoutes(): Router {
  const r = Router();
  r.get('/search', (req, res) => {
    const v = versionOf(res);
    // Bounds and defaults (q ≤ 200 characters, limit 1–100, default 20) are in schemas/openapi.yaml.
    const {
      q = '',
      limit,
      district,
    } = validQuery<{ q?: string; limit: number; district?: string }>(req, res);
    const hits = v.search.search(q, { limit, district });
    // The query is not echoed: a search box is where a name gets typed by mistake.
    res.json({
      catalogueVersion: v.version,
      ...(district ? { district } : {}),
      count: hits.length,
      items: hits,
    });
  });
  return r;
}
