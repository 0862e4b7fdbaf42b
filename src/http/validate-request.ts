// Requests are checked by ajv validators compiled from the served OpenAPI document (query
// parameters and JSON bodies of every operation), so what the document says is what is enforced.
// They are compiled once per catalogue version, because district ids and limits change on reload.
import { createRequire } from 'node:module';
import type { Request, Response } from 'express';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { describeSchemaError } from '../validate/schema-problems.js';
import { badRequest, type HttpProblem } from './problem.js';
import { fieldList } from './problem-bounds.js';
import { versionOf } from './context.js';

type Obj = Record<string, unknown>;
export interface FieldError {
  field: string;
  code: string;
  message: string;
  allowed?: string;
}
export interface OperationValidators {
  query?: ValidateFunction;
  body?: ValidateFunction;
}
/** Validators by `method path-template`, e.g. `get /api/v1/interventions`. */
export type RequestValidators = Map<string, OperationValidators>;

const addFormats = createRequire(import.meta.url)('ajv-formats') as (ajv: Ajv2020) => Ajv2020;
const DOC_ID = 'https://insatsguiden.stockholm.example/openapi.json';
const esc = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

function newDocAjv(opts: { coerceTypes: boolean; useDefaults: boolean }, doc: Obj): Ajv2020 {
  // OpenAPI keywords beside the schemas (paths, parameters) are not schema keywords: strict off.
  const ajv = new Ajv2020({ strict: false, allErrors: true, verbose: true, ...opts });
  addFormats(ajv).addSchema({ ...doc, $id: DOC_ID });
  return ajv;
}

function compile(doc: Obj): RequestValidators {
  // Query values arrive as text: coerced to the documented type, defaults filled in from the document.
  const queries = newDocAjv({ coerceTypes: true, useDefaults: true }, doc);
  const bodies = newDocAjv({ coerceTypes: false, useDefaults: false }, doc);
  const components = (doc.components as { parameters: Record<string, Obj> }).parameters;
  const out: RequestValidators = new Map();
  for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, Obj>>)) {
    for (const [method, op] of Object.entries(item)) {
      const params = ((op.parameters ?? []) as Obj[])
        .map((p) => (p.$ref ? components[String(p.$ref).split('/').pop()!]! : p))
        .filter((p) => p.in === 'query');
      const v: OperationValidators = {};
      if (params.length) {
        const properties: Obj = {};
        for (const p of params) properties[p.name as string] = inDocument(p.schema);
        const required = params.filter((p) => p.required).map((p) => p.name as string);
        v.query = queries.compile({ type: 'object', properties, required });
      }
      if (op.requestBody) {
        const at = `#/paths/${esc(path)}/${method}/requestBody/content/application~1json/schema`;
        v.body = bodies.compile({ $ref: DOC_ID + at });
      }
      out.set(`${method} ${path}`, v);
    }
  }
  return out;
}

/** A parameter schema copied out of the document: its `#/…` refs must still point into it. */
function inDocument(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(inDocument);
  if (!schema || typeof schema !== 'object') return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([k, v]) => [
      k,
      k === '$ref' && String(v).startsWith('#') ? DOC_ID + String(v) : inDocument(v),
    ]),
  );
}

// Compiling the profile costs 100+ ms and a reload rarely changes what requests may carry: a
// document whose paths and components are unchanged reuses the last validators.
let last: { key: string; validators: RequestValidators } | undefined;

export function compileRequestValidators(doc: Obj): RequestValidators {
  const { schemas, ...rest } = doc.components as { schemas: Obj };
  const key = JSON.stringify([doc.paths, rest, { ...schemas, CatalogueVersion: null }]);
  if (last?.key !== key) last = { key, validators: compile(doc) };
  return last.validators;
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
