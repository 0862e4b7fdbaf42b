// CORS with the maintained `cors` package: closed unless CORS_ORIGINS lists origins; with an
// allow-list every answer carries `Vary: Origin` (allowed or not), so a shared cache never hands one
// origin's answer to another.
import corsMiddleware from 'cors';
import type { RequestHandler } from 'express';

export function corsFor(origins: string[]): RequestHandler | undefined {
  if (!origins.length) return undefined;
  return corsMiddleware({
    origin: origins,
    methods: ['GET', 'POST'],
    allowedHeaders: ['Content-Type', 'Authorization'],
    exposedHeaders: ['X-Catalogue-Version', 'X-Request-Id'],
    maxAge: 600,
    optionsSuccessStatus: 204,
  });
}
