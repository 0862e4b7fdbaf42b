// Rate limits: one budget per client for the API, and a stricter one of their own for the heavy
// reads (coverage, HSDS export). The store is shared by all processes when REDIS_URL is set (see
// rate-limit-store.ts), else kept in memory per process.
import type { RequestHandler } from 'express';
import { rateLimit, type Store } from 'express-rate-limit';
import { HttpProblem } from './problem.js';

export interface LimitOptions {
  /** Requests per minute per client; 0 = no limit. */
  perMinute: number;
  /** Key prefix, so limits sharing one Redis keep separate budgets. */
  prefix: string;
  store?: (prefix: string) => Store;
}

export function minuteLimiter(opts: LimitOptions): RequestHandler | undefined {
  if (opts.perMinute <= 0) return undefined;
  return rateLimit({
    windowMs: 60_000,
    limit: opts.perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    ...(opts.store ? { store: opts.store(opts.prefix), passOnStoreError: true } : {}),
    handler: (_req, _res, next) =>
      next(
        new HttpProblem(
          429,
          'rate-limited',
          'Too Many Requests',
          `At most ${opts.perMinute} requests per minute.`,
        ),
      ),
  });
}
