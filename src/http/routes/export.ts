// GET /api/v1/export/hsds — the catalogue as Open Referral HSDS 3.0 JSON for directory imports.
import { Router } from 'express';
import { versionOf } from '../context.js';
import { buildHsdsExport } from '../../export/hsds.js';
import { requestBase } from './cds-hooks.js';

export function exportRoutes(): Router {
  const r = Router();
  r.get('/export/hsds', (req, res) => {
    res.json(buildHsdsExport(versionOf(res), { baseUrl: requestBase(req) }));
  });
  return r;
}
