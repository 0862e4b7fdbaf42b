// GET /openapi.json and the human-readable docs at /docs: Swagger UI served from swagger-ui-dist on
// this host (no CDN), started by a static script because the CSP forbids inline scripts.
import { createRequire } from 'node:module';
import path from 'node:path';
import { Router, type Request, type Response } from 'express';
import { webDir } from '../../config/paths.js';
import { versionOf } from '../context.js';
import { notFound } from '../problem.js';
import { jsonOf, precomputed, sendPrecomputed } from '../precomputed.js';

// absolute-path.js alone: the package's index would load the whole browser bundle into the server.
const swaggerUiDir = (
  createRequire(import.meta.url)('swagger-ui-dist/absolute-path.js') as () => string
)();
const docsDir = path.join(webDir, 'docs');

/** Only what the page uses; the rest of swagger-ui-dist (its demo index, petstore initializer) stays private. */
const SWAGGER_FILES = new Set([
  'swagger-ui.css',
  'swagger-ui.css.map',
  'swagger-ui-bundle.js',
  'swagger-ui-bundle.js.map',
  'favicon-16x16.png',
  'favicon-32x32.png',
]);
const OWN_FILES = new Set(['docs.js', 'docs.css']);

/** The app's strict policy, except that Swagger UI sets inline styles (never inline scripts). */
const DOCS_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

function sendFrom(dir: string, allowed: Set<string>, maxAge: string) {
  return (req: Request, res: Response) => {
    const file = String(req.params.file);
    if (!allowed.has(file)) throw notFound('No such docs asset.');
    res.sendFile(path.join(dir, file), { maxAge });
  };
}

export function docsRoutes(): Router {
  const r = Router();
  r.get('/openapi.json', (req, res) => {
    res.set('Cache-Control', 'no-cache');
    const v = versionOf(res);
    sendPrecomputed(
      req,
      res,
      precomputed(v, 'openapi', () => jsonOf(v.openApi)),
    );
  });
  r.use('/docs', (_req, res, next) => {
    res.set('Content-Security-Policy', DOCS_CSP);
    next();
  });
  r.get('/docs', (_req, res) => {
    res.set('Cache-Control', 'no-cache');
    res.sendFile(path.join(docsDir, 'index.html'));
  });
  r.get('/docs/assets/:file', sendFrom(swaggerUiDir, SWAGGER_FILES, '1d'));
  r.get('/docs/:file', sendFrom(docsDir, OWN_FILES, '1h'));
  return r;
}
