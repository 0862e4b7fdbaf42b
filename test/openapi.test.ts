// GET /openapi.json and /docs: the document is valid against the OpenAPI 3.1 schema (a maintained
// validator), documents exactly the routes Express serves (read from the router), every $ref
// resolves, its Profile is the schema the API enforces, real responses match the documented
// schemas, and the docs page loads only local assets under a CSP without inline scripts.
import { expect } from 'chai';
import request from 'supertest';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { documentValidators, type DocumentValidators } from './helpers/openapi-ajv.js';
import { testApp, type TestApp } from './helpers/app.js';
import { Validator } from '@seriousme/openapi-schema-validator';
import { profileSchemaFor } from '../src/recommend/profile.js';
import { AVAILABILITIES, SHOWN_AVAILABILITIES } from '../src/catalogue/availability.js';
import { CDS_HOOK, CDS_SERVICE_ID } from '../src/http/routes/cds-hooks.js';
import { expressRoutes } from './helpers/express-routes.js';

type Obj = Record<string, unknown>;

/** Every `$ref` in the document with the JSON pointer where it occurs. */
function collectRefs(
  node: unknown,
  at = '#',
  out: { at: string; ref: string }[] = [],
): { at: string; ref: string }[] {
  if (Array.isArray(node)) node.forEach((n, i) => collectRefs(n, `${at}/${i}`, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') out.push({ at, ref: v });
      else collectRefs(v, `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, out);
    }
  }
  return out;
}

function resolvePointer(doc: unknown, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = doc;
  for (const raw of ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (!node || typeof node !== 'object' || !(key in node)) return undefined;
    node = (node as Obj)[key];
  }
  return node;
}

describe('OpenAPI document (GET /openapi.json)', () => {
  let t: TestApp;
  let doc: Obj & { paths: Record<string, Obj>; components: { schemas: Record<string, Obj> } };
  let validators: DocumentValidators;

  /** A validator for a documented component, resolving refs inside the document. */
  const validatorFor = (name: string): ValidateFunction => validators.component(name)!;

  before(async () => {
    t = await testApp();
    const res = await request(t.app)
      .get('/openapi.json')
      .expect(200)
      .expect('Content-Type', /application\/json/);
    doc = res.body;
    validators = documentValidators(doc);
  });

  it('is valid against the OpenAPI 3.1 schema', async () => {
    const res = await new Validator().validate(structuredClone(doc));
    expect(JSON.stringify(res.errors ?? []).slice(0, 500)).to.equal('[]');
    expect(res.valid).to.equal(true);
    expect(doc.openapi).to.equal('3.1.0');
    // The check is not vacuous: a broken document fails it.
    const broken = structuredClone(doc);
    (broken.paths['/health']!.get as Obj).responses = 'none';
    expect((await new Validator().validate(broken)).valid).to.equal(false);
  });

  it('documents exactly the routes Express serves (from the router), each with its methods', () => {
    const pages = doc['x-pages'] as Record<string, string>;
    const served = expressRoutes(t.app);
    const documented = new Map<string, Set<string>>();
    for (const [path, item] of Object.entries(doc.paths))
      documented.set(path, new Set(Object.keys(item)));
    for (const path of Object.keys(pages)) documented.set(path, new Set(['get']));
    // Express answers HEAD for every GET route by itself; the document lists GET.
    const withoutHead = (m: Set<string>) => [...m].filter((x) => x !== 'head').sort();
    const actual = Object.fromEntries([...served].map(([p, m]) => [p, withoutHead(m)]));
    const expected = Object.fromEntries([...documented].map(([p, m]) => [p, [...m].sort()]));
    expect(actual).to.deep.equal(expected);
    expect(Object.keys(actual)).to.include.members([
      '/api/v1/recommendations',
      '/cds-services/{id}',
    ]);
  });

  it('names in data the same values the code uses (availability, CDS hook and service id)', () => {
    const s = doc.components.schemas as Record<string, Obj & { properties: Record<string, Obj> }>;
    expect(s.Availability!.enum).to.deep.equal([...AVAILABILITIES]);
    expect(s.ShownAvailability!.enum).to.deep.equal([...SHOWN_AVAILABILITIES]);
    expect(s.CdsService!.properties.hook!.const).to.equal(CDS_HOOK);
    expect(s.CdsService!.properties.id!.const).to.equal(CDS_SERVICE_ID);
    expect(s.CdsRequest!.properties.hook!.const).to.equal(CDS_HOOK);
  });

  it('gives every operation a unique operationId, a 2xx response and the X-Catalogue-Version header', () => {
    const ids = new Set<string>();
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item as Record<string, Obj>)) {
        const label = `${method.toUpperCase()} ${path}`;
        expect(ids.has(op.operationId as string), `${label} operationId unique`).to.equal(false);
        ids.add(op.operationId as string);
        const responses = op.responses as Record<string, Obj>;
        expect(
          Object.keys(responses).some((s) => s.startsWith('2')),
          label,
        ).to.equal(true);
        for (const [status, r] of Object.entries(responses)) {
          const resolved = (r.$ref ? resolvePointer(doc, r.$ref as string) : r) as {
            headers?: Obj;
          };
          expect(resolved.headers, `${label} ${status}`).to.have.property('X-Catalogue-Version');
        }
      }
    }
  });

  it('documents the problem responses where they apply', () => {
    const codes = (path: string, method: string) =>
      Object.keys((doc.paths[path]![method] as { responses: Obj }).responses);
    expect(codes('/api/v1/recommendations', 'post')).to.include.members([
      '400',
      '413',
      '415',
      '429',
    ]);
    expect(codes('/cds-services/{id}', 'post')).to.include.members([
      '400',
      '404',
      '413',
      '415',
      '429',
    ]);
    expect(codes('/api/v1/interventions/{id}', 'get')).to.include('404');
    expect(codes('/api/v1/admin/reload', 'post')).to.include.members(['401', '404', '422']);
    expect((doc.paths['/api/v1/admin/reload']!.post as Obj).security).to.deep.equal([
      { bearerAuth: [] },
    ]);
    expect(
      Object.keys(
        (doc.paths['/api/v1/coverage']!.get as { responses: { '200': { content: Obj } } })
          .responses['200'].content,
      ),
    ).to.include('text/csv');
  });

  it('resolves every $ref inside the document', () => {
    const refs = collectRefs(doc);
    expect(refs.length).to.be.greaterThan(50);
    const broken = refs.filter((r) => resolvePointer(doc, r.ref) === undefined);
    expect(broken, JSON.stringify(broken.slice(0, 5))).to.deep.equal([]);
  });

  it('carries no $id or $schema that Swagger UI would try to fetch', () => {
    const found: string[] = [];
    (function walk(n: unknown, at: string) {
      if (n && typeof n === 'object') {
        for (const [k, v] of Object.entries(n)) {
          if (k === '$id' || k === '$schema' || k === '$defs') found.push(`${at}/${k}`);
          walk(v, `${at}/${k}`);
        }
      }
    })(doc.components, '#/components');
    expect(found).to.deep.equal([]);
  });

  it('uses the profile schema the API enforces, with the real district enum and no unknown fields', () => {
    const v = t.store.current();
    const expected = profileSchemaFor([...v.districtById.keys()]) as Obj;
    delete expected.$id;
    delete expected.$schema;
    const profile = doc.components.schemas.Profile as Obj & {
      properties: { district: { enum: string[] } };
    };
    expect(profile).to.deep.equal(expected);
    expect(profile.additionalProperties).to.equal(false);
    expect(profile.properties.district.enum).to.have.members(
      v.catalogue.districts.map((d) => d.id),
    );
  });

  it('agrees with the API on which profiles are valid', async () => {
    const validate = new Ajv2020({ strict: true }).compile(doc.components.schemas.Profile!);
    const example = (
      (doc.paths['/api/v1/recommendations']!.post as Obj).requestBody as {
        content: { 'application/json': { example: Obj } };
      }
    ).content['application/json'].example;
    const valid = [
      example,
      { age: 15, district: 'kungsholmen', criminality: 'convicted' },
      { age: 0 },
    ];
    const invalid = [
      { age: 10, personnummer: '200501011234' },
      { age: 26 },
      { age: 5, district: 'uppsala' },
      { district: 'bromma' },
    ];
    for (const p of valid) {
      expect(validate(p), JSON.stringify(p)).to.equal(true);
      await request(t.app).post('/api/v1/recommendations').send(p).expect(200);
    }
    for (const p of invalid) {
      expect(validate(p), JSON.stringify(p)).to.equal(false);
      await request(t.app).post('/api/v1/recommendations').send(p).expect(400);
    }
  });

  describe('responses match the documented schemas', () => {
    const cdsBody = {
      hook: 'se.stockholm.insatsguiden.assessment',
      hookInstance: 'd1577c69-dfbe-44ad-ba6d-3e05e953b2ea',
      context: {
        profile: {
          age: 14,
          district: 'kungsholmen',
          violence: ['physical-abuse'],
          schoolAbsence: 'frequent',
        },
      },
    };
    const cases: [string, string, unknown, string][] = [
      ['get', '/health', undefined, 'Health'],
      ['get', '/ready', undefined, 'Ready'],
      ['get', '/api/v1/interventions?district=kungsholmen&age=12', undefined, 'InterventionList'],
      ['get', '/api/v1/interventions/skkp', undefined, 'InterventionDetail'],
      ['get', '/api/v1/districts', undefined, 'DistrictList'],
      ['get', '/api/v1/providers', undefined, 'ProviderList'],
      ['get', '/api/v1/vocabulary', undefined, 'VocabularyResponse'],
      ['get', '/api/v1/sources', undefined, 'SourceList'],
      ['get', '/api/v1/sources/003_b37bfb781987c934', undefined, 'SourceDetail'],
      ['get', '/api/v1/interventions/lihf', undefined, 'InterventionDetail'],
      [
        'post',
        '/api/v1/recommendations?explain=true',
        {
          age: 15,
          district: 'kungsholmen',
          criminality: 'convicted',
          violence: ['physical-abuse'],
        },
        'RecommendationResponse',
      ],
      [
        'post',
        '/api/v1/recommendations?view=full',
        { age: 15, district: 'kungsholmen', criminality: 'convicted' },
        'RecommendationResponse',
      ],
      ['post', '/api/v1/recommendations', { age: 10, personnummer: 'x' }, 'Problem'],
      ['get', '/api/v1/interventions/finns-inte', undefined, 'Problem'],
      ['get', '/api/v1/search?q=FFT', undefined, 'SearchResponse'],
      ['get', '/api/v1/export/hsds', undefined, 'HsdsExport'],
      ['get', '/api/v1/coverage', undefined, 'CoverageResponse'],
      ['get', '/api/v1/coverage/kungsholmen', undefined, 'DistrictCoverageResponse'],
      ['get', '/cds-services', undefined, 'CdsDiscovery'],
      ['post', '/cds-services/insatsguiden-recommendations', cdsBody, 'CdsResponse'],
      [
        'post',
        '/cds-services/insatsguiden-recommendations',
        { ...cdsBody, hook: 'patient-view' },
        'Problem',
      ],
    ];
    for (const [method, url, body, schema] of cases) {
      it(`${method.toUpperCase()} ${url} → ${schema}`, async () => {
        const req =
          method === 'get'
            ? request(t.app).get(url)
            : request(t.app)
                .post(url)
                .send(body as object);
        const res = await req;
        expect(res.headers['x-catalogue-version']).to.equal(t.store.current().version);
        const validate = validatorFor(schema);
        expect(validate, `schema ${schema}`).to.be.a('function');
        expect(validate(res.body), JSON.stringify(validate.errors?.slice(0, 3))).to.equal(true);
      });
    }

    it('rejects shapes the documents do not describe (the validators are not vacuous)', async () => {
      const res = await request(t.app)
        .post('/api/v1/recommendations')
        .send({ age: 15, criminality: 'convicted' })
        .expect(200);
      const validate = validatorFor('RecommendationResponse');
      expect(validate({ ...res.body, extra: 1 })).to.equal(false);
      const [first, ...rest] = res.body.recommendations as Obj[];
      expect(
        validate({
          ...res.body,
          recommendations: [{ ...first, availability: 'somewhere' }, ...rest],
        }),
      ).to.equal(false);
      expect(validatorFor('HsdsExport')({ hsds_version: '3.0' })).to.equal(false);
      // CDS Hooks makes a card's source.url optional; the service always sends one, and says so.
      const cds = await request(t.app)
        .post('/cds-services/insatsguiden-recommendations')
        .send(cdsBody)
        .expect(200);
      const card = cds.body.cards[0] as Obj & { source: Obj };
      const withoutUrl = { ...card, source: { label: card.source.label } };
      expect(validatorFor('CdsResponse')({ cards: [card] })).to.equal(true);
      expect(validatorFor('CdsResponse')({ cards: [withoutUrl] })).to.equal(false);
    });

    it('CdsRequest accepts what the CDS endpoint accepts', () => {
      expect(validatorFor('CdsRequest')(cdsBody)).to.equal(true);
      expect(
        validatorFor('CdsRequest')({
          ...cdsBody,
          context: { profile: { age: 3 }, patientId: 'p1' },
        }),
      ).to.equal(false);
    });
  });
});

describe('API docs page (GET /docs)', () => {
  let t: TestApp;
  let html: string;
  let csp: string;

  before(async () => {
    t = await testApp();
    const res = await request(t.app)
      .get('/docs')
      .expect(200)
      .expect('Content-Type', /text\/html/);
    html = res.text;
    csp = res.headers['content-security-policy'] as string;
  });

  it('is a Swedish page with the expected title', () => {
    expect(html).to.match(/<html lang="sv">/);
    expect(html).to.include('<title>Insatsguiden – API-dokumentation</title>');
  });

  it('has no inline script and no URL to another host', () => {
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      expect(m[1], 'script has src').to.match(/\bsrc="\/[^"]+"/);
      expect(m[2]!.trim(), 'script body empty').to.equal('');
    }
    expect(html).not.to.match(/https?:\/\//);
    expect(html).not.to.match(/(?:src|href)="\/\//);
  });

  it('references local assets that are all served', async () => {
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)]
      .map((m) => m[1]!)
      .filter((u) => u.startsWith('/docs/'));
    expect(urls).to.include.members([
      '/docs/assets/swagger-ui.css',
      '/docs/assets/swagger-ui-bundle.js',
      '/docs/docs.js',
    ]);
    for (const url of urls) await request(t.app).get(url).expect(200);
  });

  it('initialises Swagger UI from a static script pointing at /openapi.json', async () => {
    const res = await request(t.app)
      .get('/docs/docs.js')
      .expect(200)
      .expect('Content-Type', /javascript/);
    expect(res.text).to.include("url: '/openapi.json'");
    expect(res.text).to.include('validatorUrl: null');
  });

  it('relaxes only style-src on /docs, keeping scripts strict; other routes keep the strict policy', async () => {
    expect(csp).to.include("style-src 'self' 'unsafe-inline'");
    expect(csp).to.include("script-src 'self'");
    expect(csp).not.to.match(/script-src[^;]*unsafe/);
    const other = (await request(t.app).get('/health')).headers[
      'content-security-policy'
    ] as string;
    expect(other).to.include("style-src 'self'");
    expect(other).not.to.include('unsafe-inline');
  });

  it('does not serve the rest of swagger-ui-dist or escape its folder', async () => {
    await request(t.app).get('/docs/assets/index.html').expect(404);
    await request(t.app).get('/docs/assets/swagger-initializer.js').expect(404);
    await request(t.app).get('/docs/assets/..%2F..%2Fpackage.json').expect(404);
  });
});
