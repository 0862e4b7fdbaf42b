// The anonymised needs profile: validated against schemas/profile.schema.json with the district
// enum taken from the loaded catalogue, so unknown fields (names, personnummer, free text) are refused.
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { schemas, type JsonSchema } from '../catalogue/schemas.js';
import { fieldErrors, type FieldError } from '../validate/field-errors.js';
import type { VocabularyResponse } from '../catalogue/generated/api/catalogue.js';

/** The compiled profile schema, as the vocabulary answer serves it (its `profileSchema`). */
export type CompiledProfileSchema = VocabularyResponse['profileSchema'];

export interface Profile {
  age: number;
  district?: string;
  violence?: string[];
  substanceUse?: string;
  schoolAbsence?: string;
  criminality?: string;
  [flag: string]: unknown;
}

/** The profile schema specialised to a catalogue (district ids as an enum). */
export function profileSchemaFor(districtIds: string[]): CompiledProfileSchema {
  const s = structuredClone(schemas.profile) as JsonSchema & CompiledProfileSchema;
  s.$id = String(s.$id).replace('.schema.json', '.compiled.schema.json');
  s.properties.district = { ...s.properties.district, enum: districtIds };
  delete s.properties.district!.type;
  return s;
}

export function checkProfile(
  validate: ValidateFunction,
  body: unknown,
): { profile?: Profile; problems: FieldError[] } {
  if (validate(body)) return { profile: body as Profile, problems: [] };
  return { problems: fieldErrors(validate, body, '(profile)') };
}
