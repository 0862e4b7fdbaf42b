// GET /api/v1/export/hsds — the catalogue as Open Referral HSDS 3.0 JSON for directory imports.
import { Router } from 'express';
import { versionOf } from '../context.js';
import { buildHsdsExport } from '../../export/hsds.js';
import { requestBase } from './cds-hooks.js';
import { jsonOf, precomputed, sendPrecomputed } from '../precomputed.js';

export function exportRoutes(): Router {
  const r = Router();
  r.get('/export/hsds', (req, res) => {
    const v = versionOf(res);
    const baseUrl = requestBase(req);
    // One export per version (and per base URL, which is fixed when PUBLIC_BASE_URL is set).
    sendPrecomputed(
      req,
      res,
      precomputed(v, `hsds:${baseUrl}`, () => jsonOf(buildHsdsExport(v, { baseUrl }))),
    );
  });
  return r;
}
