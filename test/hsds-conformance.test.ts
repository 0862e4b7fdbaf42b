// The whole HSDS export against schemas/hsds/ — this project's written-out subset of the Open
// Referral HSDS 3.0 requirements (required fields, types, formats, status codes, no nulls; see
// README "HSDS conformance" for what is and is not checked): 0 invalid services and organizations.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import request from 'supertest';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { testApp } from './helpers/app.js';
import { newAjv } from '../src/catalogue/schemas.js';
import { schemasDir } from '../src/config/paths.js';

type Obj = Record<string, unknown>;
const BASE = 'https://insatsguiden.stockholm.example/schemas/hsds/';

describe('HSDS 3.0 conformance of the export (schemas/hsds/)', () => {
  let services: Obj[];
  let organizations: Obj[];
  let service: ValidateFunction;
  let organization: ValidateFunction;

  before(async () => {
    const t = await testApp({ PUBLIC_BASE_URL: 'https://insatsguiden.example' });
    const res = await request(t.app).get('/api/v1/export/hsds').expect(200);
    ({ services, organizations } = res.body as { services: Obj[]; organizations: Obj[] });
    const ajv = newAjv();
    for (const f of ['service', 'organization'])
      ajv.addSchema(
        JSON.parse(readFileSync(path.join(schemasDir, 'hsds', `${f}.schema.json`), 'utf8')),
      );
    service = ajv.getSchema(`${BASE}service.schema.json`)!;
    organization = ajv.getSchema(`${BASE}organization.schema.json`)!;
  });

  /** Names of the items the schema rejects, with their first errors. */
  const invalid = (validate: ValidateFunction, items: Obj[]): string[] => {
    const out: string[] = [];
    for (const x of items) {
      const name = String(x.name);
      if (!validate(x)) out.push(`${name}: ${JSON.stringify(validate.errors?.slice(0, 2))}`);
    }
    return out;
  };

  it('has 0 invalid services (every intervention, with its service areas and attributes)', () => {
    expect(services.length).to.be.greaterThan(100);
    expect(services.some((s) => typeof s.url === 'string')).to.equal(true);
    expect(invalid(service, services)).to.deep.equal([]);
  });

  it('has 0 invalid organizations (every provider and parent)', () => {
    expect(organizations.length).to.be.greaterThan(10);
    expect(invalid(organization, organizations)).to.deep.equal([]);
  });

  it('gives every taxonomy term a description that is not empty', () => {
    const terms = services.flatMap((s) =>
      (s.attributes as { taxonomy_term: { description?: string } }[]).map((a) => a.taxonomy_term),
    );
    // Every service carries terms (so the check is not vacuous), and every term has its text.
    expect(services.every((s) => (s.attributes as unknown[]).length > 0)).to.equal(true);
    expect(terms.filter((t) => !t.description?.trim())).to.deep.equal([]);
  });

  it('rejects what an importer that validates would reject (the check is not vacuous)', () => {
    const s = services.find((x) => x.minimum_age !== undefined && (x.alternate_name ?? '') !== '')!;
    const broken: Obj[] = [
      { ...s, minimum_age: null },
      { ...s, alternate_name: null },
      { ...s, status: 'open' },
      { ...s, id: 'skkp' },
      { ...s, url: 'not a uri' },
      Object.fromEntries(Object.entries(s).filter(([k]) => k !== 'status')),
      {
        ...s,
        attributes: (s.attributes as { taxonomy_term: Obj }[]).map((a) => ({
          ...a,
          taxonomy_term: { ...a.taxonomy_term, description: undefined },
        })),
      },
    ];
    for (const b of broken)
      expect(service(JSON.parse(JSON.stringify(b))), JSON.stringify(b).slice(0, 80)).to.equal(
        false,
      );
    const o = organizations.find((x) => x.parent_organization_id)!;
    expect(organization({ ...o, parent_organization_id: null })).to.equal(false);
    expect(organization({ ...o, description: undefined })).to.equal(false);
  });
});
