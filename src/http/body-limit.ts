// Request bodies are small JSON documents. A body announced larger than the limit is refused from
// its Content-Length alone, before a byte of it is read, and the connection is closed so the
// client cannot make the server read (and discard) the rest.
import type { NextFunction, Request, Response } from 'express';
import { HttpProblem } from './problem.js';

export const BODY_LIMIT_BYTES = 32 * 1024;

export function refuseOversizeBody(req: Request, res: Response, next: NextFunction): void {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > BODY_LIMIT_BYTES) {
    res.set('Connection', 'close');
    next(
      new HttpProblem(
        413,
        'payload-too-large',
        'Payload Too Large',
        `The request body is larger than ${BODY_LIMIT_BYTES / 1024} kB.`,
      ),
    );
    return;
  }
  next();
}
