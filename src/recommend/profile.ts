// The anonymised needs profile: validated against schemas/profile.schema.json with the district
// enum taken from the loaded catalogue, so unknown fields (names, personnummer, free text) are refused.
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { newAjv, schemas, type JsonSchema } from '../catalogue/schemas.js';
import { describeSchemaError } from '../validate/schema-problems.js';

export interface Profile {
  age: number;
  district?: string;
  violence?: string[];
  substanceUse?: string;
  schoolAbsence?: string;
  criminality?: string;
  [flag: string]: unknown;
}

export interface FieldProblem {
  field: string;
  code: string;
  message: string;
  allowed?: string;
}

/** The profile schema specialised to a catalogue (district ids as an enum). */
export function profileSchemaFor(districtIds: string[]): JsonSchema {
  const s = structuredClone(schemas.profile) as JsonSchema & {
    properties: Record<string, Record<string, unknown>>;
  };
  s.$id = String(s.$id).replace('.schema.json', '.compiled.schema.json');
  s.properties.district = { ...s.properties.district, enum: districtIds };
  delete s.properties.district!.type;
  return s;
}

/** Compiling costs 100+ ms and a reload rarely changes the districts: reuse the last validator. */
let lastValidator: { key: string; validate: ValidateFunction } | undefined;

export function compileProfileValidator(districtIds: string[]): ValidateFunction {
  const key = districtIds.join('\n');
  if (lastValidator?.key !== key)
    lastValidator = { key, validate: newAjv().compile(profileSchemaFor(districtIds)) };
  return lastValidator.validate;
}

export function checkProfile(
  validate: ValidateFunction,
  body: unknown,
): { profile?: Profile; problems: FieldProblem[] } {
  if (validate(body)) return { profile: body as Profile, problems: [] };
  const problems = (validate.errors ?? []).map((e) => {
    const d = describeSchemaError(e, body);
    const field =
      d.path.join('.') ||
      (e.keyword === 'required'
        ? String((e.params as { missingProperty: string }).missingProperty)
        : '(profile)');
    return { field, code: d.code, message: d.message, allowed: d.allowed };
  });
  // One entry per field and code: ajv may report the same field through several keywords.
  const seen = new Set<string>();
  return {
    problems: problems.filter((p) => !seen.has(p.field + p.code) && !!seen.add(p.field + p.code)),
  };
}
