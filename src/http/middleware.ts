// Cross-cutting middleware: request version pinning, JSON-only bodies (CORS: cors.ts).
import type { NextFunction, Request, Response } from 'express';
import type { CatalogueStore } from '../version/catalogue-store.js';
import { HttpProblem } from './problem.js';

/**
 * Pin the catalogue version for the whole request and announce it. Every GET answer is a function
 * of the URL and the catalogue version, so the version is also its (weak) ETag: conditional GETs
 * get a 304 without hashing the body (Express's own body-hash ETags are switched off).
 */
export function pinVersion(store: CatalogueStore) {
  return (req: Request, res: Response, next: NextFunction) => {
    const v = store.current();
    res.locals.version = v;
    res.set('X-Catalogue-Version', v.version);
    if (req.method === 'GET' || req.method === 'HEAD') res.set('ETag', `W/"${v.version}"`);
    next();
  };
}

/** Bodies must be JSON: anything else is 415 before a parser ever sees it. */
export function requireJson(req: Request, _res: Response, next: NextFunction) {
  const hasBody =
    req.headers['transfer-encoding'] !== undefined ||
    (req.headers['content-length'] ?? '0') !== '0';
  if (['POST', 'PUT', 'PATCH'].includes(req.method) && hasBody && !req.is('application/json')) {
    next(
      new HttpProblem(
        415,
        'unsupported-media-type',
        'Unsupported Media Type',
        'Send the body as application/json.',
      ),
    );
    return;
  }
  next();
}
