// Small, strict readers for query parameters: anything unexpected is a 400 naming the parameter.
import type { Request } from 'express';
import { badRequest } from './problem.js';

export function queryString(
  req: Request,
  name: string,
  opts: { maxLength?: number } = {},
): string | undefined {
  const v = (req.query as Record<string, unknown>)[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') {
    throw badRequest(
      'invalid-parameter',
      'Invalid query parameter',
      `'${name}' must be given once as text`,
      {
        errors: [
          {
            field: name,
            code: 'WRONG_TYPE',
            message: 'must be a single value',
            allowed: 'one value',
          },
        ],
      },
    );
  }
  const max = opts.maxLength ?? 200;
  if (v.length > max) {
    throw badRequest('invalid-parameter', 'Invalid query parameter', `'${name}' is too long`, {
      errors: [
        {
          field: name,
          code: 'BAD_LENGTH',
          message: `at most ${max} characters`,
          allowed: `≤ ${max} characters`,
        },
      ],
    });
  }
  return v;
}

export function queryEnum<T extends string>(
  req: Request,
  name: string,
  allowed: readonly T[],
): T | undefined {
  const v = queryString(req, name);
  if (v === undefined) return undefined;
  if (!allowed.includes(v as T)) {
    throw badRequest(
      'invalid-parameter',
      'Invalid query parameter',
      `'${name}' has a value that is not allowed`,
      {
        errors: [
          {
            field: name,
            code: 'NOT_ALLOWED_VALUE',
            message: 'unknown value', // not echoed: a query value may identify a person
            allowed: allowed.join(', '),
          },
        ],
      },
    );
  }
  return v as T;
}

export function queryInt(req: Request, name: string, min: number, max: number): number | undefined {
  const v = queryString(req, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < min || n > max) {
    throw badRequest(
      'invalid-parameter',
      'Invalid query parameter',
      `'${name}' must be a whole number ${min}–${max}`,
      {
        errors: [
          {
            field: name,
            code: 'OUT_OF_RANGE',
            message: `not a whole number ${min}–${max}`,
            allowed: `${min}–${max}`,
          },
        ],
      },
    );
  }
  return n;
}

export function queryBool(req: Request, name: string): boolean {
  return queryEnum(req, name, ['true', 'false'] as const) === 'true';
}
