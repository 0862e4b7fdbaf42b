// What facts rules may reference, and which values each takes. Derived from the profile schema
// (one source of truth) plus the derived facts computed in recommend/derive-facts.ts.
import { schemas } from './schemas.js';
import type { NeedArea } from './generated/intervention.js';

/** A profile's facts by name, as the rules read them (recommend/derive-facts.ts computes them). */
export type Facts = Record<string, unknown>;

export type FactType =
  | { kind: 'integer'; min: number; max: number }
  | { kind: 'boolean' }
  | { kind: 'enum'; values: string[] }
  | { kind: 'enum-array'; values: string[] };

type PropSchema = {
  type?: string;
  enum?: string[];
  minimum?: number;
  maximum?: number;
  items?: { enum?: string[] };
};

/** Profile fields that are not rule facts: availability is computed from the district, not rules. */
const NON_RULE_FIELDS = new Set(['district']);

export function profileFactTypes(): Record<string, FactType> {
  const props = (schemas.profile as { properties: Record<string, PropSchema> }).properties;
  const out: Record<string, FactType> = {};
  for (const [name, p] of Object.entries(props)) {
    if (NON_RULE_FIELDS.has(name)) continue;
    if (p.enum) out[name] = { kind: 'enum', values: p.enum };
    else if (p.type === 'boolean') out[name] = { kind: 'boolean' };
    else if (p.type === 'integer')
      out[name] = { kind: 'integer', min: p.minimum ?? 0, max: p.maximum ?? 1e9 };
    else if (p.type === 'array' && p.items?.enum)
      out[name] = { kind: 'enum-array', values: p.items.enum };
  }
  return out;
}

/** The need-area enum of schemas/intervention.schema.json, in its order (the generated NeedArea). */
export function needAreaIds(): NeedArea[] {
  return (schemas.intervention as { $defs: { needArea: { enum: NeedArea[] } } }).$defs.needArea
    .enum;
}

export function allFactTypes(ageBandIds: string[]): Record<string, FactType> {
  return {
    ...profileFactTypes(),
    ageBand: { kind: 'enum', values: ageBandIds },
    needs: { kind: 'enum-array', values: needAreaIds() },
    needCount: { kind: 'integer', min: 0, max: needAreaIds().length },
    complexNeeds: { kind: 'boolean' },
  };
}

/** The value a fact has when the profile leaves the field out ("absent means none/false"). */
export function defaultFactValue(t: FactType): unknown {
  switch (t.kind) {
    case 'boolean':
      return false;
    case 'enum-array':
      return [];
    case 'enum':
      return t.values.includes('none') ? 'none' : null;
    case 'integer':
      return 0;
  }
}
