// A wrong method on a known route answers 405 with `Allow`, as problem+json. The methods are read
// from the app's own router (routes and nested routers), not from a hand-kept list.
import type { Express, NextFunction, Request, Response } from 'express';
import { HttpProblem } from './problem.js';

interface LayerLike {
  match(path: string): unknown;
  path?: string;
  route?: { _methods(): string[] };
  handle?: { stack?: LayerLike[] };
}

/** Methods any route matching `path` answers, walking nested routers. */
function methodsFor(stack: LayerLike[], path: string, out: Set<string>): void {
  for (const layer of stack) {
    const m = layer.match(path);
    if (!m) continue;
    if (layer.route) {
      for (const method of layer.route._methods()) if (method !== '*') out.add(method);
    } else if (layer.handle?.stack) {
      // router 2.x returns the matched prefix; older versions set layer.path.
      const prefix = typeof m === 'object' ? String((m as { path: string }).path) : layer.path;
      methodsFor(layer.handle.stack, path.slice(prefix?.length ?? 0) || '/', out);
    }
  }
}

export function methodNotAllowed(app: Express) {
  return (req: Request, res: Response, next: NextFunction) => {
    const stack = (app as unknown as { router: { stack: LayerLike[] } }).router.stack;
    const allowed = new Set<string>();
    methodsFor(stack, req.path, allowed);
    if (!allowed.size || allowed.has(req.method)) {
      next();
      return;
    }
    const allow = [...allowed].sort().join(', ');
    res.set('Allow', allow);
    next(
      new HttpProblem(
        405,
        'method-not-allowed',
        'Method Not Allowed',
        `${req.method} is not allowed here; allowed: ${allow}.`,
      ),
    );
  };
}
