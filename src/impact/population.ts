// The synthetic population of `npm run impact`: profiles drawn from a shape that is data
// (test/population.yaml), with a seeded generator, so both sides of a change and every run see the
// same profiles. Field kinds come from the profile schema, so a new profile field needs no code here.
import { problemAt, type YamlFile } from '../load/yaml-file.js';
import type { Profile } from '../recommend/profile.js';
import type { Problem, ProblemCode } from '../catalogue/problem.js';
import { readCheckedFile } from '../validate/read-checked-file.js';
import { schemas } from '../catalogue/schemas.js';

export interface AgeBand {
  id: string;
  min: number;
  max: number;
  weight: number;
  needs: Record<string, number | Record<string, number>>;
}

export interface PopulationShape {
  seed: number;
  size: number;
  topN: number;
  districts: Record<string, number>;
  ageBands: AgeBand[];
}

/** A generated profile and the age band it was drawn from (reports split by band). */
export interface Member {
  profile: Profile;
  band: string;
}

type FieldKind = { kind: 'boolean' } | { kind: 'enum' | 'list'; values: string[] };

/** What each profile field is, read from schemas/profile.schema.json. */
function fieldKinds(): Map<string, FieldKind> {
  const props = (schemas.profile as { properties: Record<string, Record<string, unknown>> })
    .properties;
  const kinds = new Map<string, FieldKind>();
  for (const [name, p] of Object.entries(props)) {
    if (p.type === 'boolean') kinds.set(name, { kind: 'boolean' });
    else if (Array.isArray(p.enum)) kinds.set(name, { kind: 'enum', values: p.enum as string[] });
    else if (p.type === 'array')
      kinds.set(name, { kind: 'list', values: (p.items as { enum: string[] }).enum });
  }
  return kinds;
}

/** Read and check the shape: schema first, then that every field, value and district exists. */
export function readPopulation(
  abs: string,
  districtIds: readonly string[],
): { shape?: PopulationShape; problems: Problem[] } {
  const { data, yaml, problems } = readCheckedFile<PopulationShape>(abs, 'population');
  if (!data || !yaml) return { problems };
  const out: Problem[] = [];
  const at = (
    y: YamlFile,
    path: (string | number)[],
    code: ProblemCode,
    message: string,
    value: unknown,
    allowed: string,
  ) => out.push(problemAt(y, path, { code, message, value, allowed }, true));
  for (const d of Object.keys(data.districts))
    if (!districtIds.includes(d))
      at(yaml, ['districts', d], 'UNKNOWN_DISTRICT', 'no such district', d, districtIds.join(', '));
  const kinds = fieldKinds();
  data.ageBands.forEach((b, i) => {
    if (b.min > b.max)
      at(yaml, ['ageBands', i, 'min'], 'BAD_AGE_BAND', 'min is above max', b.min, `≤ ${b.max}`);
    for (const [field, p] of Object.entries(b.needs)) {
      const k = kinds.get(field);
      const where = ['ageBands', i, 'needs', field];
      if (!k || field === 'age' || field === 'district') {
        at(
          yaml,
          where,
          'UNKNOWN_FIELD',
          'not a need field of the profile',
          field,
          [...kinds.keys()].join(', '),
        );
      } else if (k.kind === 'boolean' ? typeof p !== 'number' : typeof p !== 'object') {
        const allowed = k.kind === 'boolean' ? 'a probability' : 'a probability per value';
        at(yaml, where, 'WRONG_TYPE', `${field} takes ${allowed}`, p, allowed);
      } else if (k.kind !== 'boolean') {
        const ps = p as Record<string, number>;
        for (const v of Object.keys(ps))
          if (!k.values.includes(v) || v === 'none')
            at(
              yaml,
              [...where, v],
              'UNKNOWN_VALUE',
              `no such value of ${field}`,
              v,
              k.values.join(', '),
            );
        const sum = Object.values(ps).reduce((a, x) => a + x, 0);
        if (k.kind === 'enum' && sum > 1)
          at(
            yaml,
            where,
            'PROBABILITIES_OVER_ONE',
            `the values of ${field} exclude each other`,
            sum,
            '≤ 1 in all',
          );
      }
    }
  });
  return out.length ? { problems: out } : { shape: data, problems: [] };
}

/** mulberry32: small, fast and good enough to draw test profiles; same seed, same sequence. */
function generator(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function weighted<T>(items: readonly T[], weights: readonly number[]): (r: number) => T {
  const total = weights.reduce((a, w) => a + w, 0);
  return (r) => {
    let x = r * total;
    for (let i = 0; i < items.length; i++) if ((x -= weights[i]!) < 0) return items[i]!;
    return items[items.length - 1]!;
  };
}

export function generatePopulation(shape: PopulationShape, size = shape.size): Member[] {
  const rnd = generator(shape.seed);
  const kinds = fieldKinds();
  const district = weighted(Object.keys(shape.districts), Object.values(shape.districts));
  const band = weighted(
    shape.ageBands,
    shape.ageBands.map((b) => b.weight),
  );
  const out: Member[] = [];
  for (let n = 0; n < size; n++) {
    const b = band(rnd());
    const profile: Profile = {
      age: b.min + Math.floor(rnd() * (b.max - b.min + 1)),
      district: district(rnd()),
    };
    for (const [field, p] of Object.entries(b.needs)) {
      const k = kinds.get(field)!;
      if (k.kind === 'boolean') {
        if (rnd() < (p as number)) profile[field] = true;
      } else if (k.kind === 'list') {
        const vs = Object.entries(p as Record<string, number>).filter(([, q]) => rnd() < q);
        if (vs.length) profile[field] = vs.map(([v]) => v);
      } else {
        let x = rnd();
        for (const [v, q] of Object.entries(p as Record<string, number>)) {
          if ((x -= q) < 0) {
            profile[field] = v;
            break;
          }
        }
      }
    }
    out.push({ profile, band: b.id });
  }
  return out;
}
