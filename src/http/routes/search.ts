// GET /api/v1/search?q=…[&district=…] — Swedish free-text search (index built once per catalogue
// version); with a district, each hit's availability is relative to it.
import { Router } from 'express';
import { versionOf } from '../context.js';
import { queryEnum, queryInt, queryString } from '../validate-input.js';

export function searchRoutes(): Router {
  const r = Router();
  r.get('/search', (req, res) => {
    const v = versionOf(res);
    const q = queryString(req, 'q', { maxLength: 200 }) ?? '';
    const limit = queryInt(req, 'limit', 1, 100) ?? 20;
    const district = queryEnum(req, 'district', [...v.districtById.keys()]);
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
