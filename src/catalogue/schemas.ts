// The JSON Schemas (draft 2020-12), compiled once per process. The same schema objects feed the
// OpenAPI document, so the docs and the validator cannot drift apart.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { schemasDir } from '../config/paths.js';

export type SchemaName =
  | 'intervention'
  | 'districts'
  | 'providers'
  | 'vocabulary'
  | 'sources'
  | 'rules'
  | 'facts'
  | 'ranking'
  | 'profile'
  | 'stated-lacks'
  | 'search-terms'
  | 'search-cases'
  | 'cases'
  | 'fidelity'
  | 'population';

export type JsonSchema = Record<string, unknown>;

export const schemas: Record<SchemaName, JsonSchema> = Object.fromEntries(
  readdirSync(schemasDir)
    .filter((f) => f.endsWith('.schema.json'))
    .map((f) => [
      f.replace('.schema.json', ''),
      JSON.parse(readFileSync(path.join(schemasDir, f), 'utf8')),
    ]),
) as Record<SchemaName, JsonSchema>;

/** The HTTP answer, CDS Hooks and HSDS shapes (schemas/api/), by file name: `common`, `cds`, … */
export const apiSchemas: Record<string, JsonSchema> = Object.fromEntries(
  readdirSync(path.join(schemasDir, 'api'))
    .filter((f) => f.endsWith('.schema.json'))
    .map((f) => [
      f.replace('.schema.json', ''),
      JSON.parse(readFileSync(path.join(schemasDir, 'api', f), 'utf8')) as JsonSchema,
    ]),
);

// ajv-formats is CommonJS with a default export that NodeNext types do not see as callable.
const addFormats = createRequire(import.meta.url)('ajv-formats') as (ajv: Ajv2020) => Ajv2020;

export function newAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
  // Editors' documentation keyword; not a validation keyword.
  ajv.addKeyword('x-example');
  // The answer shapes (schemas/api) use uuid, uri, date and date-time.
  addFormats(ajv);
  for (const s of [...Object.values(schemas), ...Object.values(apiSchemas)]) ajv.addSchema(s);
  return ajv;
}

const ajv = newAjv();
const compiled = new Map<string, ValidateFunction>();

/** Validator for a file kind; `rules` files get a looser condition schema (conditions are walked by hand for clearer errors). */
export function validatorFor(name: SchemaName): ValidateFunction {
  let v = compiled.get(name);
  if (!v) {
    const id = schemas[name].$id as string;
    v = name === 'rules' ? ajv.compile(looseRulesSchema()) : ajv.getSchema(id)!;
    compiled.set(name, v);
  }
  return v;
}

function looseRulesSchema(): JsonSchema {
  const s = structuredClone(schemas.rules) as {
    $id: string;
    properties: { rules: { items: { properties: { conditions: unknown } } } };
  };
  s.$id = s.$id.replace('.schema.json', '.loose.schema.json');
  s.properties.rules.items.properties.conditions = { type: 'object' };
  return s as unknown as JsonSchema;
}

export type { ErrorObject };
