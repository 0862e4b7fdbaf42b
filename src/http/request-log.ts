// The request log: one line per answer with the request id, method, route template, status and
// latency. Never the raw path, the query string, a header or the body: any of them can carry a
// personal identity number or a name (an id in a path, a search term, a client's header).
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
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

/**
 * One line per answer: request id, method, route template, status and latency, written through
 * the logger's asynchronous destination. Written here rather than with pino-http: pino-http builds
 * two child loggers per request (for `req.log`, which nothing here uses), and under load that was
 * the largest cost of a request we could remove without losing a field (README, "HTTP vs the
 * limit"). The line keeps pino-http's shape, so log queries written for it still work.
 */
export function requestLog(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const start = Date.now();
    const id = requestId(req, res);
    const done = () => {
      res.removeListener('finish', done);
      res.removeListener('close', done);
      const status = res.statusCode;
      // 'close' before 'finish': the client went away before the answer was sent.
      const level = status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info';
      logger[level](
        {
          reqId: id,
          req: { id, method: req.method },
          res: { statusCode: status, route: routeTemplate(req, res) },
          responseTime: Date.now() - start,
          ...(res.writableFinished ? {} : { aborted: true }),
        },
        status >= 500 ? 'request errored' : 'request completed',
      );
    };
    res.on('finish', done);
    res.on('close', done);
    next();
  };
}
