// The profile form is built from the profile schema (fields, values) and catalog/vocabulary.yaml
// `profileForm` (sections, labels, option labels). Here the layout is checked against the schema
// both ways, so a schema change without a label (or a label for a field or value the schema lacks)
// fails before the page ever shows it; test/browser/profile-form.test.ts checks the built form.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { parse } from 'yaml';
import { projectRoot } from '../src/config/paths.js';

interface Prop {
  type?: string;
  enum?: string[];
  items?: { enum?: string[] };
}
interface FieldLayout {
  field: string;
  label?: string;
  empty?: string;
  answers?: string;
  options?: Record<string, string>;
}

const schema = JSON.parse(
  readFileSync(path.join(projectRoot, 'schemas/profile.schema.json'), 'utf8'),
) as { properties: Record<string, Prop> };
const layout = (
  parse(readFileSync(path.join(projectRoot, 'catalog/vocabulary.yaml'), 'utf8')) as {
    profileForm: { legend: string; fields: FieldLayout[] }[];
  }
).profileForm;
const fields = layout.flatMap((s) => s.fields);
const byField = new Map(fields.map((f) => [f.field, f]));

describe('profile form layout (vocabulary.yaml profileForm) ↔ schemas/profile.schema.json', () => {
  it('places every schema property exactly once, and nothing else', () => {
    expect(fields.map((f) => f.field).sort()).to.deep.equal(Object.keys(schema.properties).sort());
  });

  it('labels exactly the values each enum and list field allows', () => {
    for (const [name, p] of Object.entries(schema.properties)) {
      const values = p.enum ?? p.items?.enum;
      // The district's values are the catalogue's district ids, labelled with their names.
      if (!values || name === 'district') continue;
      const labelled = Object.keys(byField.get(name)?.options ?? {});
      expect(labelled.sort(), name).to.deep.equal([...values].sort());
    }
  });

  it('gives every other field a label (and no option labels it cannot use)', () => {
    for (const [name, p] of Object.entries(schema.properties)) {
      const f = byField.get(name)!;
      if (p.type === 'array') continue;
      expect(f.label, name).to.be.a('string');
      if (p.type === 'boolean' || p.type === 'integer') expect(f.options, name).to.equal(undefined);
      if (f.answers) expect(p.type, `${name}: answers`).to.equal('boolean');
    }
  });
});
