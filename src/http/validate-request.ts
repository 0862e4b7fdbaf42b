// Requests are checked by the ajv validators the version compiled from its OpenAPI document
// (version/request-validators.ts): a query as the document types it, a body as documented, or a
// 400 naming each field and code.
import type { Request, Response } from 'express';
import { fieldErrors, type FieldError } from '../validate/field-errors.js';
import { badRequest, type HttpProblem } from './problem.js';
import { fieldList } from './problem-bounds.js';
import { versionOf } from './context.js';

import type { OperationValidators } from '../version/request-validators.js';

export type { RequestValidators, OperationValidators } from '../version/request-validators.js';
export type { FieldError };

type Obj = Record<string, unknown>;

function operationOf(req: Request, res: Response): OperationValidators {
  const template = (req.baseUrl + (req.route as { path: string }).path).replace(/:(\w+)/g, '{$1}');
  const ops = versionOf(res).requestValidators.get(`${req.method.toLowerCase()} ${template}`);
  if (!ops) throw new Error(`validate-request: ${req.method} ${template} is not in the document`);
  return ops;
}

/** The query as the document types it (numbers, booleans, defaults), or a 400 naming each parameter. */
export function validQuery<T extends Obj>(req: Request, res: Response): T {
  const { query } = operationOf(req, res);
  const data = { ...(req.query as Obj) };
  if (!query || query(data)) return data as T;
  const errors = fieldErrors(query, req.query, '(query)');
  throw badRequest(
    'invalid-parameter',
    'Invalid query parameter',
    `The query was rejected: ${fieldList(errors)}.`,
    { errors },
  );
}

/** The JSON body as documented, or the problem `reject` builds from the field errors. */
export function validBody<T>(
  req: Request,
  res: Response,
  reject: (errors: FieldError[]) => HttpProblem,
  root = '(body)',
): T {
  const { body } = operationOf(req, res);
  if (!body || body(req.body)) return req.body as T;
  throw reject(fieldErrors(body, req.body, root));
}
