// GET /api/v1/search?q=… — Swedish free-text search (index built once per catalogue version).
import { Router } from 'express';
import { versionOf } from '../context.js';
import { queryInt, queryString } from '../validate-input.js';

export function searchRoutes(): Router {
  const r = Router();
  r.get('/search', (req, res) => {
    const v = versionOf(res);
    const q = queryString(req, 'q', { maxLength: 200 }) ?? '';
    const limit = queryInt(req, 'limit', 1, 100) ?? 20;
    const hits = v.search.search(q, limit);
    // The query is not echoed: a search box is where a name gets typed by mistake.
    res.json({ catalogueVersion: v.version, count: hits.length, items: hits });
  });
  return r;
}
