// Open Referral HSDS 3.0 export: every intervention a service, every provider an organization,
// ages and service areas copied faithfully, and ids stable so importers can update in place.
import { expect } from 'chai';
import request from 'supertest';
import { testApp, sharedStore, type TestApp } from './helpers/app.js';
import {
  buildHsdsExport,
  organizationId,
  serviceId,
  stableUuid,
  type HsdsExport,
  type HsdsService,
} from '../src/export/hsds.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('HSDS 3.0 export (GET /api/v1/export/hsds)', () => {
  let t: TestApp;
  let body: HsdsExport;
  const byCatalogueId = (id: string): HsdsService =>
    body.services.find((s) => s.id === serviceId(id))!;

  before(async () => {
    t = await testApp();
    const res = await request(t.app)
      .get('/api/v1/export/hsds')
      .expect(200)
      .expect('Content-Type', /application\/json/);
    body = res.body;
  });

  it('names the format, language and catalogue version', () => {
    expect(body).to.include({
      hsds_version: '3.0',
      language: 'sv',
      catalogueVersion: t.store.current().version,
    });
  });

  it('has every intervention exactly once as a service', () => {
    const v = t.store.current();
    expect(body.services).to.have.length(v.interventions.length);
    expect(new Set(body.services.map((s) => s.id)).size).to.equal(body.services.length);
    for (const i of v.interventions) {
      const s = byCatalogueId(i.id);
      expect(s, i.id).to.exist;
      expect(s.name).to.equal(i.name);
      expect(s.description.startsWith(i.summary)).to.equal(true);
      expect(s.eligibility_description).to.match(/^Målgrupp: /);
      expect(s.application_process).to.include(i.referral);
    }
  });

  it('has every provider as an organization, and every reference resolves', () => {
    const v = t.store.current();
    const orgIds = new Set(body.organizations.map((o) => o.id));
    expect(orgIds.size).to.equal(body.organizations.length);
    for (const p of v.catalogue.providers) {
      const o = body.organizations.find((x) => x.id === organizationId(p.id));
      expect(o, p.id).to.exist;
      expect(o!.name).to.equal(p.name);
      expect(o!.organization_identifiers[0]!.identifier).to.equal(p.id);
    }
    for (const o of body.organizations)
      if (o.parent_organization_id)
        expect(orgIds.has(o.parent_organization_id), o.name).to.equal(true);
    for (const s of body.services) expect(orgIds.has(s.organization_id), s.name).to.equal(true);
  });

  it('copies minimum and maximum age, and leaves them out (not null) when the sources do not say', () => {
    const v = t.store.current();
    for (const i of v.interventions) {
      const s = byCatalogueId(i.id);
      expect([s.minimum_age ?? null, s.maximum_age ?? null], i.id).to.deep.equal([
        i.ageRange.min,
        i.ageRange.max,
      ]);
    }
    expect(byCatalogueId('skkp')).to.include({ minimum_age: 15, maximum_age: 21 });
    expect(byCatalogueId('kibb')).to.not.have.any.keys('minimum_age', 'maximum_age');
    // HSDS 3.0: no null anywhere, and every taxonomy term has a description.
    expect(JSON.stringify(body)).to.not.match(/:null[,}]/);
    for (const s of body.services)
      for (const a of s.attributes)
        expect(a.taxonomy_term.description, a.value).to.be.a('string').and.not.empty;
  });

  it('gives a district service one area per district that offers it (KIBB: Kungsholmen only)', () => {
    const kibb = byCatalogueId('kibb');
    expect(kibb.service_areas.map((a) => a.name)).to.deep.equal(['Kungsholmen']);
    expect(kibb.service_areas[0]).to.include({ service_id: kibb.id, extent_type: 'text' });
    const v = t.store.current();
    for (const i of v.interventions.filter((x) => x.level === 'district')) {
      const names = byCatalogueId(i.id).service_areas.map((a) => a.name);
      expect(names, i.id).to.deep.equal(
        // Planned (status: planned, e.g. ABC tonår in Bromma) is not a service area.
        i.offeredIn
          .filter((o) => o.status !== 'planned')
          .map((o) => v.districtById.get(o.district)!.name),
      );
    }
  });

  it('gives central services the whole city and regional ones the county', () => {
    expect(byCatalogueId('skkp').service_areas.map((a) => a.name)).to.deep.equal([
      'Stockholms stad',
    ]);
    const v = t.store.current();
    const regional = v.interventions.find((i) => i.level === 'regional' && i.offeredInStockholm);
    if (regional)
      expect(byCatalogueId(regional.id).service_areas.map((a) => a.name)).to.deep.equal([
        'Stockholms län',
      ]);
  });

  it('marks services not offered in Stockholm inactive, with no service area', () => {
    const mst = byCatalogueId('mst-can');
    expect(mst.status).to.equal('inactive');
    expect(mst.service_areas).to.deep.equal([]);
    expect(byCatalogueId('skkp').status).to.equal('active');
    const v = t.store.current();
    for (const i of v.interventions)
      expect(byCatalogueId(i.id).status, i.id).to.equal(
        i.offeredInStockholm ? 'active' : 'inactive',
      );
  });

  it('links each service to its page on this host', () => {
    expect(byCatalogueId('kibb').url).to.match(/^http:\/\/127\.0\.0\.1:\d+\/insats\/kibb$/);
  });

  it('uses UUIDs that are the same on every call and for every rebuild of the catalogue', async () => {
    const again = (await request(t.app).get('/api/v1/export/hsds').expect(200)).body as HsdsExport;
    const ids = (e: HsdsExport) => [
      ...e.organizations.map((o) => o.id),
      ...e.services.flatMap((s) => [
        s.id,
        ...s.service_areas.map((a) => a.id),
        ...s.attributes.map((a) => a.id),
      ]),
    ];
    expect(ids(again)).to.deep.equal(ids(body));
    for (const id of ids(body)) expect(id).to.match(UUID);
    expect(new Set(ids(body)).size).to.equal(ids(body).length);
    // Derived from catalogue ids alone, never from load time or order.
    expect(serviceId('kibb')).to.equal(stableUuid('service:kibb'));
    expect(byCatalogueId('kibb').id).to.equal('47961e23-9d23-5025-ad00-7a8215360ed6');
  });

  it('is a pure function of the catalogue version', async () => {
    const v = (await sharedStore()).current();
    expect(buildHsdsExport(v)).to.deep.equal(buildHsdsExport(v));
    expect(buildHsdsExport(v).services[0]).not.to.have.property('url');
  });
});
