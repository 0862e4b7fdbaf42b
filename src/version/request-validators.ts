// Request validators compiled from the version's OpenAPI document (query parameters and JSON
// bodies of every operation), so what the document says is what is enforced. Built with the
// version, because district ids and limits change on reload; http/validate-request.ts applies them.
import { createRequire } from 'node:module';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';

type Obj = Record<string, unknown>;
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

export function compileRequestValidators(doc: Obj): RequestValidators {
  return compile(doc);
}

/**
 * What requests may carry rarely changes on a reload, and compiling the profile costs 100+ ms on
 * the serving thread: when the document's paths and components equal the previous version's
 * (the version id in its examples aside), the previous validators are reused — handed over
 * explicitly by the store, not kept in a module cache.
 */
export function requestValidatorsFor(
  doc: Obj,
  previous?: { openApi: Obj; requestValidators: RequestValidators },
): RequestValidators {
  const key = (d: Obj) => {
    const { schemas, ...rest } = d.components as { schemas: Obj };
    return JSON.stringify([d.paths, rest, { ...schemas, CatalogueVersion: null }]);
  };
  return previous && key(previous.openApi) === key(doc) ? previous.requestValidators : compile(doc);
}
