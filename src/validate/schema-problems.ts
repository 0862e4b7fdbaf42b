// Turn ajv errors into problems that point at the offending YAML node and say what is allowed.
import type { ErrorObject } from 'ajv/dist/2020.js';
import { problemAt, type YamlFile } from '../load/yaml-file.js';
import type { Problem } from '../catalogue/problem.js';

export function pointerToPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function valueAt(data: unknown, path: (string | number)[]): unknown {
  let v: unknown = data;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

/** One human line per ajv error: what is wrong, the value, and what is allowed. */
export function describeSchemaError(
  e: ErrorObject,
  data: unknown,
): Omit<Problem, 'file' | 'line' | 'col'> & {
  path: (string | number)[];
  atKey: boolean;
} {
  const path = pointerToPath(e.instancePath);
  const value = valueAt(data, path);
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const prop = String(p.additionalProperty);
      const props = (e.parentSchema as { properties?: Record<string, unknown> })?.properties;
      return {
        code: 'UNKNOWN_PROPERTY',
        message: `unknown property '${prop}'`,
        allowed: props ? Object.keys(props).join(', ') : undefined,
        path: [...path, prop],
        atKey: true,
      };
    }
    case 'required':
      return {
        code: 'MISSING_PROPERTY',
        message: `missing required property '${String(p.missingProperty)}'`,
        allowed: undefined,
        path,
        atKey: false,
      };
    case 'enum':
      return {
        code: 'NOT_ALLOWED_VALUE',
        message: `value not in the vocabulary`,
        value,
        allowed: (p.allowedValues as unknown[]).map(String).join(', '),
        path,
        atKey: false,
      };
    case 'const':
      return {
        code: 'NOT_ALLOWED_VALUE',
        message: 'value not allowed',
        value,
        allowed: String(p.allowedValue),
        path,
        atKey: false,
      };
    case 'format':
      return {
        code: 'BAD_FORMAT',
        message: `must be a ${String(p.format)}`,
        value,
        allowed: String(p.format),
        path,
        atKey: false,
      };
    case 'type':
      return {
        code: 'WRONG_TYPE',
        message: `must be ${String(p.type)}`,
        value,
        allowed: String(p.type),
        path,
        atKey: false,
      };
    case 'pattern':
      return {
        code: 'BAD_FORMAT',
        message: 'does not match the required format',
        value,
        allowed: `pattern ${String(p.pattern)}`,
        path,
        atKey: false,
      };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return {
        code: 'OUT_OF_RANGE',
        message: `must be ${String(p.comparison)} ${String(p.limit)}`,
        value,
        allowed: `${String(p.comparison)} ${String(p.limit)}`,
        path,
        atKey: false,
      };
    case 'minLength':
    case 'maxLength':
      return {
        code: 'BAD_LENGTH',
        message: e.message ?? 'bad length',
        value,
        allowed: e.message?.replace(/^must /, ''),
        path,
        atKey: false,
      };
    case 'minItems':
    case 'maxItems':
      return {
        code: 'BAD_LENGTH',
        message: e.message ?? 'bad number of items',
        allowed: e.message?.replace(/^must /, ''),
        path,
        atKey: false,
      };
    case 'uniqueItems':
      return {
        code: 'DUPLICATE_ITEM',
        message: 'items must be unique',
        value,
        allowed: 'each item once',
        path,
        atKey: false,
      };
    default:
      return {
        code: 'SCHEMA',
        message: e.message ?? e.keyword,
        value,
        allowed: undefined,
        path,
        atKey: false,
      };
  }
}

export function schemaProblems(y: YamlFile, errors: ErrorObject[] | null | undefined): Problem[] {
  if (!errors) return [];
  return errors
    .filter((e) => e.keyword !== 'if' && e.keyword !== 'oneOf' && e.keyword !== 'anyOf')
    .map((e) => {
      const { path, atKey, ...rest } = describeSchemaError(e, y.data);
      return problemAt(y, path, rest, atKey);
    });
}
