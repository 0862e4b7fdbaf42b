// Requests are checked by the ajv validators the version compiled from its OpenAPI document
// (version/request-validators.ts): a query as the document types it, a body as documented, or a
// 400 naming each field and code.
import type { Request, Response } from 'express';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { describeSchemaError } from '../validate/schema-problems.js';
import { badRequest, type HttpProblem } from './problem.js';
import { fieldList } from './problem-bounds.js';
import { versionOf } from './context.js';

import type { OperationValidators } from '../version/request-validators.js';

export type { RequestValidators, OperationValidators } from '../version/request-validators.js';

type Obj = Record<string, unknown>;
export interface FieldError {
  field: string;
  code: string;
  message: string;
  allowed?: string;
}

/** Field problems from ajv errors, one per field and code; values are never echoed. */
export function fieldErrors(validate: ValidateFunction, data: unknown, root: string): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const e of validate.errors ?? []) {
    const d = describeSchemaError(e, data);
    const path =
      e.keyword === 'required'
        ? [...d.path, String((e.params as { missingProperty: string }).missingProperty)]
        : d.path;
    const field = path.join('.') || root;
    if (seen.has(field + d.code)) continue;
    seen.add(field + d.code);
    out.push({
      field,
      code: d.code,
      message: d.message,
      ...(d.allowed ? { allowed: d.allowed } : {}),
    });
  }
  return out;
}

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
