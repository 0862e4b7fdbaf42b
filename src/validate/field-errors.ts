// Schema errors of a request or a profile as field problems: one per field and code, named by the
// field's path, values never echoed. The API's 400 answers and the CLI's profile check share it,
// so a bad profile reads the same in both.
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { describeSchemaError } from './schema-problems.js';
import type { FieldError as GeneratedFieldError } from '../catalogue/generated/api/common.js';

/** One rejected field, as answers carry it (schemas/api/common.schema.json, `FieldError`). */
export type FieldError = GeneratedFieldError;

/** The last run's errors of `validate` over `data`; `root` names a problem of the whole value. */
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
