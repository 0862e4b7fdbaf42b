// The request log: one line per answer with the request id, method, route template, status and
// latency. Never the raw path, the query string, a header or the body: any of them can carry a
// personal identity number or a name (an id in a path, a search term, a client's header).
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { HttpProblem } from './problem.js';
import { requestId } from './request-id.js';

/** Logged instead of a template when no route matched (a 404, or an error before routing). */
export const NO_ROUTE = '(no route)';

/**
 * Remember the mount path a router was reached by. Express resets req.baseUrl when an error leaves
 * the router, so it is read here, while routing, for the log line written when the answer is done.
 */
export function rememberMount(req: Request, res: Response, next: NextFunction): void {
  res.locals.mount = req.baseUrl;
  next();
}

/** `/api/v1/interventions/:id` for a routed request; `/assets/*` for a static mount. */
export function routeTemplate(req: Request, res: Response): string {
  const mount = typeof res.locals.mount === 'string' ? res.locals.mount : '';
  const path = req.route?.path as unknown;
  if (typeof path === 'string') return `${mount}${path}`;
  if (Array.isArray(path)) return `${mount}${path.join('|')}`;
  return mount ? `${mount}/*` : NO_ROUTE;
}

export function requestLog(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId: requestId,
    serializers: {
      req: (req: { id: string; method: string }) => ({ id: req.id, method: req.method }),
      res: (res: { statusCode: number; req?: Request; locals?: Record<string, unknown> }) => ({
        statusCode: res.statusCode,
        route: res.req ? routeTemplate(res.req, res as unknown as Response) : NO_ROUTE,
      }),
      // An HttpProblem's message is ours (never echoes input); anything else is not trusted.
      err: (err: Error) => ({
        type: err.name,
        message: err instanceof HttpProblem ? err.message : 'internal error',
      }),
    },
    wrapSerializers: false,
    customLogLevel: (_req, res, err) =>
      err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    quietReqLogger: true,
  });
}
