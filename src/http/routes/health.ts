// Liveness and readiness, both naming the catalogue version served.
import { Router } from 'express';
import { versionOf } from '../context.js';

export function healthRoutes(): Router {
  const r = Router();
  r.get('/health', (_req, res) => {
    res.json({ status: 'ok', catalogueVersion: versionOf(res).version });
  });
  r.get('/ready', (_req, res) => {
    const v = versionOf(res);
    res.json({
      status: 'ready',
      catalogueVersion: v.version,
      loadedAt: v.loadedAt,
      interventions: v.interventions.length,
      rules: v.rules.rules.length,
    });
  });
  return r;
}
