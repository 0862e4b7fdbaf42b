// fast-check generators for valid, anonymised needs profiles (derived from the profile schema).
import fc from 'fast-check';
import { schemas } from '../../src/catalogue/schemas.js';

type Prop = { type?: string; enum?: string[]; items?: { enum?: string[] } };
const props = (schemas.profile as { properties: Record<string, Prop> }).properties;

export function profileArb(districtIds: string[]): fc.Arbitrary<Record<string, unknown>> {
  const fields: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, p] of Object.entries(props)) {
    if (name === 'age') continue;
    if (name === 'district') fields[name] = fc.constantFrom(...districtIds);
    else if (p.enum) fields[name] = fc.constantFrom(...p.enum);
    else if (p.type === 'boolean') fields[name] = fc.boolean();
    else if (p.type === 'array' && p.items?.enum)
      fields[name] = fc.uniqueArray(fc.constantFrom(...p.items.enum));
  }
  return fc
    .record({ age: fc.integer({ min: 0, max: 25 }), rest: fc.record(fields, { requiredKeys: [] }) })
    .map(({ age, rest }) => ({ age, ...rest }));
}
