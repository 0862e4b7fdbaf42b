// The OpenAPI 3.1 document for GET /openapi.json. The contract is data: schemas/openapi.yaml holds
// paths, parameters and responses; schemas/api/*.schema.json the answer shapes; schemas/*.schema.json
// the catalogue and profile shapes ajv enforces. This module only loads them, places every schema
// under components.schemas, and injects what depends on the catalogue version (as OpenFisca's web
// API fills its openAPI.yml).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { apiSchemas, schemas } from '../catalogue/schemas.js';
import { profileSchemaFor } from '../recommend/profile.js';
import { schemasDir } from '../config/paths.js';

type Obj = Record<string, unknown>;

const REF = '#/components/schemas/';
const contract = parse(readFileSync(path.join(schemasDir, 'openapi.yaml'), 'utf8')) as Obj;

/** Where a schema file (or a part of one) sits in the document: [file, pointer prefix, component]. */
const FILE_COMPONENTS: [string, string, string][] = [
  ['intervention.schema.json', '', 'Intervention'],
  ['districts.schema.json', '/properties/districts/items', 'District'],
  ['providers.schema.json', '/properties/providers/items', 'Provider'],
  ['sources.schema.json', '/properties/documents/items', 'SeedDocument'],
  ['vocabulary.schema.json', '', 'Vocabulary'],
  ['profile.schema.json', '', 'Profile'],
  // How answers are grouped for reading (rules/ranking.yaml), served with the vocabulary.
  ['ranking.schema.json', '/properties/resultGroups/items', 'ResultGroup'],
  // The coverage answer's stated lacks quote the file's source reference (lackSource).
  ['stated-lacks.schema.json', '', 'StatedLacks'],
];

/** `#/$defs/x` and `[../]file.schema.json#/$defs/x` become `#/components/schemas/x`; a file's
 * root or part becomes its component (`../intervention.schema.json#/properties/level`). */
function rewriteRef(r: string): string {
  const [, file = '', pointer = ''] = /^(?:(?:\.\.\/)?([a-z-]+\.schema\.json))?#?(.*)$/.exec(r)!;
  const def = /^\/\$defs\/([A-Za-z0-9_-]+)$/.exec(pointer);
  if (def) return REF + def[1];
  const place = FILE_COMPONENTS.find(([f, prefix]) => f === file && pointer.startsWith(prefix));
  if (!place) throw new Error(`openapi: cannot place $ref ${r} in the document`);
  return REF + place[2] + pointer.slice(place[1].length);
}

/** Strip $id/$schema, hoist $defs into `defs` (names must be unique), point every $ref inside. */
function toComponent(schema: unknown, defs: Map<string, unknown>): unknown {
  if (Array.isArray(schema)) return schema.map((s) => toComponent(s, defs));
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Obj = {};
  for (const [k, v] of Object.entries(schema)) {
    if (k === '$schema' || k === '$id') continue;
    if (k === '$defs') {
      for (const [name, def] of Object.entries(v as Obj)) {
        const converted = toComponent(def, defs);
        const existing = defs.get(name);
        if (existing && JSON.stringify(existing) !== JSON.stringify(converted)) {
          throw new Error(`openapi: two different $defs named '${name}'`);
        }
        defs.set(name, converted);
      }
      continue;
    }
    out[k] = k === '$ref' ? rewriteRef(v as string) : toComponent(v, defs);
  }
  return out;
}

function componentSchemas(v: OpenApiInput, districts: string[]): Record<string, Obj> {
  const defs = new Map<string, unknown>();
  const component = (s: unknown) => toComponent(s, defs) as Obj;
  const part = (s: unknown, pointer: string) =>
    pointer
      .split('/')
      .slice(1)
      .reduce((n, k) => (n as Obj)[k], s);
  const fileSchema = (file: string) =>
    Object.values(schemas).find((s) => String(s.$id).endsWith(`/${file}`))!;
  const files: Record<string, Obj> = {};
  for (const [file, prefix, name] of FILE_COMPONENTS) {
    // The profile exactly as POST /recommendations compiles it, with this catalogue's districts.
    const s = name === 'Profile' ? profileSchemaFor(districts) : fileSchema(file);
    files[name] = component(part(s, prefix));
  }
  for (const s of Object.values(apiSchemas)) component(s);
  const all = { ...Object.fromEntries(defs), ...files } as Record<string, Obj>;
  all.CatalogueVersion = { ...all.CatalogueVersion, examples: [v.version] };
  all.DistrictId = { enum: districts };
  return all;
}

/** Request examples that name a district, as JSON pointers into the document. */
const EXAMPLE_DISTRICTS = [
  '/paths/~1api~1v1~1recommendations/post/requestBody/content/application~1json/example',
  '/paths/~1cds-services~1{id}/post/requestBody/content/application~1json/example/context/profile',
];

function at(doc: Obj, pointer: string): Obj {
  return pointer
    .split('/')
    .slice(1)
    .reduce((n, k) => n[k.replace(/~1/g, '/').replace(/~0/g, '~')] as Obj, doc);
}

function buildDocument(v: OpenApiInput): Obj {
  const districts = [...v.districtById.keys()];
  const doc = structuredClone(contract) as Obj & { info: Obj; components: Obj };
  doc.info.description = `${doc.info.description as string} Dokumentet beskriver katalogversion ${v.version}.`;
  const limit = at(doc, '/components/parameters/recommendationLimit/schema');
  limit.maximum = v.catalogue.ranking.maxLimit;
  limit.default = v.catalogue.ranking.defaultLimit;
  const example = districts.includes('kungsholmen') ? 'kungsholmen' : districts[0];
  for (const p of EXAMPLE_DISTRICTS) at(doc, p).district = example;
  doc.components = { schemas: componentSchemas(v, districts), ...doc.components };
  return doc;
}

/** The slice of a catalogue version the document reads. */
export interface OpenApiInput {
  version: string;
  districtById: ReadonlyMap<string, unknown>;
  catalogue: { ranking: { maxLimit: number; defaultLimit: number } };
}

export type OpenApiDocument = Record<string, unknown>;

/** Built once per version, eagerly, with the version (catalogue-version.ts). */
export function openApiDocument(v: OpenApiInput): OpenApiDocument {
  return buildDocument(v);
}
