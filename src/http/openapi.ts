// The OpenAPI 3.1 document for GET /openapi.json. Request and catalogue schemas are the very JSON
// Schemas ajv validates with (imported, not copied), so the docs cannot drift from what is
// enforced; only response shapes that have no schema file are written here by hand.
import type { CatalogueVersion } from '../compile/catalogue-version.js';
import { schemas, type JsonSchema } from '../validate/schemas.js';
import { profileSchemaFor } from '../recommend/profile.js';
import { needAreaIds } from '../recommend/fact-types.js';
import { AVAILABILITIES } from '../recommend/availability.js';
import { CDS_HOOK, CDS_SERVICE_ID } from './routes/cds-hooks.js';

type Obj = Record<string, unknown>;

const REF = '#/components/schemas/';
const ref = (name: string) => ({ $ref: REF + name });
const arrayOf = (items: Obj) => ({ type: 'array', items });
const str = (description?: string) => ({ type: 'string', ...(description ? { description } : {}) });

// ---------------------------------------------------------------------------------------------
// File schemas → components: strip $id/$schema, hoist $defs, point every $ref inside the document.

/** `#/$defs/x` and `other.schema.json#/$defs/x` both become `#/components/schemas/x`. */
function rewriteRef(r: string): string {
  const m = /^(?:[a-z-]+\.schema\.json)?#\/\$defs\/([A-Za-z0-9_-]+)$/.exec(r);
  if (!m) throw new Error(`openapi: cannot place $ref ${r} in the document`);
  return REF + m[1];
}

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

interface FileSchemas {
  components: Record<string, Obj>;
  defs: Map<string, unknown>;
}

function fileSchemas(districtIds: string[]): FileSchemas {
  const defs = new Map<string, unknown>();
  const component = (s: unknown) => toComponent(s, defs) as Obj;
  const items = (s: JsonSchema, prop: string) =>
    (s.properties as Record<string, { items: unknown }>)[prop]!.items;
  const components: Record<string, Obj> = {
    Intervention: component(schemas.intervention),
    District: component(items(schemas.districts, 'districts')),
    Provider: component(items(schemas.providers, 'providers')),
    SeedDocument: component(items(schemas.sources, 'documents')),
    Vocabulary: component(schemas.vocabulary),
    // The profile exactly as POST /recommendations compiles it, with this catalogue's districts.
    Profile: component(profileSchemaFor(districtIds)),
    // How answers are grouped for reading (rules/ranking.yaml resultGroups), served with the vocabulary.
    ResultGroup: component(
      (schemas.ranking.properties as Record<string, { items: unknown }>).resultGroups!.items,
    ),
  };
  return { components, defs };
}

/** A file schema with extra or replaced properties, for responses that spread a record and add fields. */
function extend(base: Obj, properties: Obj, required: string[]): Obj {
  const s = structuredClone(base) as Obj & { properties: Obj; required?: string[] };
  // New keys first (catalogueVersion leads), replaced keys keep their place with the new value.
  s.properties = { ...properties, ...s.properties, ...properties };
  s.required = [...new Set([...(s.required ?? []), ...required])];
  return s;
}

// ---------------------------------------------------------------------------------------------
// Response schemas that exist only in code.

/** A source document's metadata (catalog/sources.yaml without the validator's `headings`). */
const SOURCE_META_REQUIRED = ['id', 'document', 'title', 'publisher', 'kind', 'date', 'year'];
const sourceMetaProps: Obj = {
  id: str(),
  document: str(),
  title: str(),
  publisher: str(),
  kind: str(),
  date: { type: ['string', 'null'] },
  year: { type: ['integer', 'null'] },
};

function handWrittenSchemas(v: CatalogueVersion): Record<string, Obj> {
  const interventionProp = (p: string) => ({ $ref: `${REF}Intervention/properties/${p}` });
  const versioned = (properties: Obj, required: string[]): Obj => ({
    type: 'object',
    additionalProperties: false,
    required: ['catalogueVersion', ...required],
    properties: { catalogueVersion: ref('CatalogueVersion'), ...properties },
  });
  return {
    CatalogueVersion: {
      type: 'string',
      description:
        'Katalogversionen som besvarade anropet: innehållshash av katalog och regler (samma i alla processer).',
      pattern: '^[0-9a-f]{12}$',
      examples: [v.version],
    },
    ProviderRef: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'name', 'level'],
      properties: {
        id: ref('id'),
        name: str(),
        level: { $ref: `${REF}Provider/properties/level` },
      },
    },
    InterventionList: versioned(
      { count: { type: 'integer', minimum: 0 }, items: arrayOf(ref('Intervention')) },
      ['count', 'items'],
    ),
    DistrictList: versioned({ items: arrayOf(ref('District')) }, ['items']),
    ProviderList: versioned({ items: arrayOf(ref('Provider')) }, ['items']),
    Availability: {
      enum: [...AVAILABILITIES],
      description:
        'Var barnet kan få insatsen: local = i profilens stadsdel, central/regional/framework-agreement = hela staden, other-district = bara i andra stadsdelar, unknown = källorna säger inte var.',
    },
    Recommendation: {
      type: 'object',
      additionalProperties: false,
      description:
        'Standardsvaret (view=lean) har det som beror på profilen plus namn, utförare, ålder, kunskapsläge och beslutsform; view=full lägger till hela insatskortet (aliases, summary, offeredIn, targetGroup, form, intensity, duration, evidence.notes, alternativeToPlacement, referral, sources), som annars finns i GET /api/v1/interventions.',
      required: [
        'id',
        'name',
        'score',
        'rank',
        'reasons',
        'caveats',
        'matchedNeeds',
        'availability',
        'accessTier',
        'accessNote',
        'provider',
        'ageRange',
        'evidence',
        'decision',
        'staleFacts',
      ],
      properties: {
        id: ref('id'),
        name: str(),
        aliases: interventionProp('aliases'),
        score: { type: 'number', description: 'Rangordningspoäng (högre är bättre).' },
        rank: { type: 'integer', minimum: 1 },
        reasons: arrayOf(str()),
        caveats: {
          ...arrayOf(str()),
          description:
            'Att kontrollera: okända åldersgränser, obesvarade förutsättningar, en mjuk åldersgräns barnet ligger utanför, villkor profilen inte frågar om (eligibilityNotes).',
        },
        matchedNeeds: arrayOf(ref('needArea')),
        availability: ref('Availability'),
        accessTier: {
          type: 'integer',
          minimum: 1,
          maximum: 9,
          description:
            'Hur insatsen kan fås (rules/ranking.yaml accessTiers): 1 = stadsdelen kan bevilja den direkt (local, central, regional), 2 = köps eller avropas (other-district, framework-agreement), 3 = plats okänd. Lägre nivå rangordnas alltid före högre.',
        },
        accessNote: str('Hur insatsen kan fås, på svenska, sett från profilens stadsdel.'),
        summary: str('Kort beskrivning på klarspråk.'),
        provider: ref('ProviderRef'),
        offeredIn: interventionProp('offeredIn'),
        availabilityNote: str(),
        ageRange: interventionProp('ageRange'),
        targetGroup: interventionProp('targetGroup'),
        form: interventionProp('form'),
        intensity: str(),
        duration: str(),
        evidence: {
          type: 'object',
          additionalProperties: false,
          required: ['level'],
          properties: { level: ref('evidenceLevel'), notes: str('Endast med view=full.') },
        },
        decision: interventionProp('decision'),
        alternativeToPlacement: { type: 'boolean' },
        referral: str(),
        sources: interventionProp('sources'),
        staleFacts: arrayOf(ref('StaleFact')),
      },
    },
    // Issue #13: old facts say they are old; the source documents are served with the catalogue.
    StaleFact: {
      type: 'object',
      additionalProperties: false,
      required: ['fact', 'document', 'title', 'year', 'text'],
      description:
        'Tillgänglighet (offeredIn) eller ålder som bara vilar på källor äldre än staleAfterYears (rules/ranking.yaml).',
      properties: {
        fact: { enum: ['offeredIn', 'ageRange'] },
        document: str(),
        title: str(),
        year: { type: 'integer' },
        text: str(),
      },
    },
    SourceList: versioned({ items: arrayOf(ref('SourceMeta')) }, ['items']),
    SourceMeta: {
      type: 'object',
      additionalProperties: false,
      required: SOURCE_META_REQUIRED,
      properties: sourceMetaProps,
    },
    SourceDetail: versioned(
      {
        ...sourceMetaProps,
        text: { type: 'string', description: 'Dokumentets text, som i catalog/sources/.' },
      },
      [...SOURCE_META_REQUIRED, 'text'],
    ),
    NeedLine: {
      type: 'object',
      additionalProperties: false,
      required: ['needArea', 'label', 'local', 'cityWide', 'elsewhere', 'gap'],
      properties: {
        needArea: ref('needArea'),
        label: str(),
        local: arrayOf(ref('id')),
        cityWide: arrayOf(ref('id')),
        elsewhere: arrayOf(ref('id')),
        gap: {
          enum: ['none', 'local', 'hard'],
          description:
            'none = lokal insats finns, local = bara central/regional, hard = ingen av dem.',
        },
      },
    },
    CentralAlternative: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'name', 'availability', 'needs', 'fillsLocalGap'],
      properties: {
        id: ref('id'),
        name: str(),
        availability: { enum: ['central', 'regional'] },
        needs: arrayOf(ref('needArea')),
        fillsLocalGap: { type: 'boolean' },
      },
    },
    ExcludedIntervention: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'name', 'why'],
      properties: { id: ref('id'), name: str(), why: arrayOf(str()) },
    },
    RecommendationResponse: versioned(
      {
        profile: ref('Profile'),
        needs: arrayOf(ref('needArea')),
        total: {
          type: 'integer',
          minimum: 0,
          description:
            'How many options fit the profile; recommendations lists the best `limit` of them.',
        },
        recommendations: arrayOf(ref('Recommendation')),
        needsOverview: {
          ...arrayOf(ref('NeedLine')),
          description:
            'En rad per behov i profilen: samma modell som /tackning, begränsad till insatser som passar profilen.',
        },
        centralAlternatives: {
          ...arrayOf(ref('CentralAlternative')),
          description: 'Alla centrala och regionala insatser som passar profilen.',
        },
        excluded: {
          ...arrayOf(ref('ExcludedIntervention')),
          description: 'Endast med ?explain=true.',
        },
      },
      ['profile', 'needs', 'total', 'recommendations', 'needsOverview', 'centralAlternatives'],
    ),
    FieldError: {
      type: 'object',
      required: ['field', 'code', 'message'],
      properties: {
        field: str('Fältet eller parametern som avvisades.'),
        code: str(),
        message: str(),
        allowed: str('Vad som är tillåtet.'),
      },
    },
    Problem: {
      type: 'object',
      description: 'RFC 9457 problem details.',
      required: ['type', 'title', 'status', 'detail'],
      properties: {
        type: { type: 'string', format: 'uri' },
        title: str(),
        status: { type: 'integer', minimum: 400, maximum: 599 },
        detail: str(),
        instance: str(),
        errors: { ...arrayOf(ref('FieldError')), maxItems: 20 },
        moreErrors: {
          type: 'integer',
          minimum: 1,
          description: 'Antal fältproblem utöver de 20 som listas i errors.',
        },
        problems: {
          type: 'array',
          description: 'Valideringsproblem i katalogen (vid omladdning).',
          items: { type: 'object' },
        },
        catalogueVersion: ref('CatalogueVersion'),
      },
    },
    SearchHit: {
      type: 'object',
      additionalProperties: false,
      required: [
        'id',
        'name',
        'aliases',
        'level',
        'availability',
        'offeredIn',
        'ageRange',
        'evidence',
        'summary',
        'score',
        'matchedFields',
      ],
      properties: {
        id: ref('id'),
        name: str(),
        aliases: interventionProp('aliases'),
        level: interventionProp('level'),
        availability: {
          ...ref('Availability'),
          description: 'Relativt ?district= när den anges.',
        },
        offeredIn: interventionProp('offeredIn'),
        ageRange: interventionProp('ageRange'),
        evidence: {
          type: 'object',
          additionalProperties: false,
          required: ['level'],
          properties: { level: ref('evidenceLevel') },
        },
        summary: str('Första meningen i insatsens sammanfattning.'),
        score: { type: 'number' },
        matchedFields: arrayOf(str()),
      },
    },
    SearchResponse: versioned(
      {
        district: str('Stadsdelen träffarnas tillgänglighet gäller (när ?district= anges).'),
        count: { type: 'integer', minimum: 0 },
        items: arrayOf(ref('SearchHit')),
      },
      ['count', 'items'],
    ),
    Health: versioned({ status: { const: 'ok' } }, ['status']),
    Ready: versioned(
      {
        status: { const: 'ready' },
        loadedAt: { type: 'string', format: 'date-time' },
        interventions: { type: 'integer', minimum: 0 },
        rules: { type: 'integer', minimum: 0 },
      },
      ['status', 'loadedAt', 'interventions', 'rules'],
    ),
    ReloadResult: {
      type: 'object',
      additionalProperties: false,
      required: ['reloaded', 'catalogueVersion', 'previousVersion'],
      properties: {
        reloaded: { const: true },
        catalogueVersion: ref('CatalogueVersion'),
        previousVersion: ref('CatalogueVersion'),
      },
    },
    ...coverageSchemas(),
    ...cdsSchemas(),
    ...hsdsSchemas(),
  };
}

/** Loosely typed on purpose: the equity view may grow fields without breaking the contract. */
function coverageSchemas(): Record<string, Obj> {
  const options = (description: string) => ({
    type: 'array',
    description,
    items: {
      type: 'object',
      additionalProperties: true,
      properties: { id: ref('id'), name: str() },
    },
  });
  const cellsEtc = {
    district: ref('District'),
    cells: arrayOf(ref('CoverageCell')),
    gaps: { ...arrayOf(ref('needArea')), description: 'Behovsområden utan lokal insats.' },
    hardGaps: {
      ...arrayOf(ref('needArea')),
      description: 'Behovsområden utan lokal eller central insats.',
    },
  };
  return {
    CoverageCell: {
      type: 'object',
      description: 'En stadsdel × ett behovsområde.',
      additionalProperties: true,
      required: [
        'needArea',
        'local',
        'central',
        'otherDistricts',
        'highEvidence',
        'gap',
        'hardGap',
      ],
      properties: {
        needArea: ref('needArea'),
        local: options('Drivs av stadsdelen själv.'),
        central: options('Centrala, regionala eller ramavtal: öppna för alla stadsdelar.'),
        otherDistricts: options('Drivs bara av andra stadsdelar.'),
        highEvidence: {
          type: 'boolean',
          description: 'Minst en lokal eller central insats har hög evidensnivå.',
        },
        gap: { type: 'boolean', description: 'Ingen lokal insats.' },
        hardGap: { type: 'boolean', description: 'Varken lokal eller central insats.' },
        staleOnly: {
          type: 'boolean',
          description:
            'Alla lokala insatser vilar på uppgifter äldre än staleAfterYears – kontrollera med utföraren.',
        },
      },
    },
    CoverageDistrict: {
      type: 'object',
      additionalProperties: true,
      required: ['district', 'cells'],
      properties: cellsEtc,
    },
    CoverageResponse: {
      type: 'object',
      description:
        'Alla stadsdelar, med stadsövergripande sammanhang (behovsområden, basutbud, uttalade brister).',
      additionalProperties: true,
      required: ['catalogueVersion', 'districts'],
      properties: {
        catalogueVersion: ref('CatalogueVersion'),
        districts: arrayOf(ref('CoverageDistrict')),
      },
    },
    DistrictCoverageResponse: {
      type: 'object',
      description: 'En stadsdel, med samma stadsövergripande sammanhang som hela vyn.',
      additionalProperties: true,
      required: ['catalogueVersion', 'district', 'cells'],
      properties: { catalogueVersion: ref('CatalogueVersion'), ...cellsEtc },
    },
  };
}

function cdsSchemas(): Record<string, Obj> {
  return {
    CdsService: {
      type: 'object',
      required: ['hook', 'id', 'title', 'description'],
      properties: {
        hook: { const: CDS_HOOK },
        id: { const: CDS_SERVICE_ID },
        title: str(),
        description: str(),
        usageRequirements: str(),
      },
    },
    CdsDiscovery: {
      type: 'object',
      additionalProperties: false,
      required: ['services'],
      properties: { services: arrayOf(ref('CdsService')) },
    },
    CdsRequest: {
      type: 'object',
      description:
        'CDS Hooks-anrop. fhirServer, fhirAuthorization och prefetch avvisas med 400: tjänsten behöver inga patientuppgifter.',
      additionalProperties: false,
      required: ['hook', 'hookInstance', 'context'],
      properties: {
        hook: { const: CDS_HOOK },
        hookInstance: { type: 'string', format: 'uuid' },
        context: {
          type: 'object',
          additionalProperties: false,
          required: ['profile'],
          properties: { profile: ref('Profile') },
        },
      },
    },
    CdsLink: {
      type: 'object',
      additionalProperties: false,
      required: ['label', 'url', 'type'],
      properties: {
        label: str(),
        url: { type: 'string', format: 'uri' },
        type: { const: 'absolute' },
      },
    },
    CdsCard: {
      type: 'object',
      additionalProperties: false,
      required: ['uuid', 'summary', 'indicator', 'detail', 'source', 'links'],
      properties: {
        uuid: { type: 'string', format: 'uuid' },
        summary: { type: 'string', maxLength: 139 },
        indicator: { const: 'info' },
        detail: str('Markdown: skälen som lista, kunskapsläge, ålder och tillgänglighet.'),
        source: {
          type: 'object',
          additionalProperties: false,
          required: ['label'],
          properties: { label: str(), url: { type: 'string', format: 'uri' } },
        },
        links: arrayOf(ref('CdsLink')),
      },
    },
    CdsResponse: {
      type: 'object',
      additionalProperties: false,
      required: ['cards'],
      properties: { cards: arrayOf(ref('CdsCard')) },
    },
  };
}

function hsdsSchemas(): Record<string, Obj> {
  const uuid = { type: 'string', format: 'uuid' };
  // HSDS 3.0 wants an unknown value left out, not null (its compiled schemas reject null there).
  const age = {
    type: 'integer',
    minimum: 0,
    description: 'Utelämnas när källorna inte anger den.',
  };
  const strict = (required: string[], properties: Obj): Obj => ({
    type: 'object',
    additionalProperties: false,
    required,
    properties,
  });
  return {
    HsdsOrganization: strict(['id', 'name', 'description', 'organization_identifiers'], {
      id: uuid,
      name: str(),
      description: str(),
      parent_organization_id: { type: 'string', format: 'uuid' },
      organization_identifiers: arrayOf(
        strict(['id', 'organization_id', 'identifier_scheme', 'identifier_type', 'identifier'], {
          id: uuid,
          organization_id: uuid,
          identifier_scheme: str(),
          identifier_type: str(),
          identifier: str('Katalogens id för utföraren.'),
        }),
      ),
    }),
    HsdsServiceArea: strict(['id', 'service_id', 'name', 'description', 'extent', 'extent_type'], {
      id: uuid,
      service_id: uuid,
      name: str('Stadsdel, Stockholms stad eller Stockholms län.'),
      description: str(),
      extent: str(),
      extent_type: { const: 'text' },
    }),
    HsdsAttribute: strict(
      ['id', 'link_id', 'link_type', 'link_entity', 'value', 'label', 'taxonomy_term'],
      {
        id: uuid,
        link_id: uuid,
        link_type: str(),
        link_entity: { const: 'service' },
        value: str(),
        label: str(),
        taxonomy_term: strict(['id', 'code', 'name', 'description', 'taxonomy'], {
          id: uuid,
          code: str(),
          name: str(),
          description: str(),
          taxonomy: str(),
        }),
      },
    ),
    HsdsService: strict(
      [
        'id',
        'organization_id',
        'name',
        'description',
        'status',
        'eligibility_description',
        'application_process',
        'assured_date',
        'service_areas',
        'attributes',
      ],
      {
        id: uuid,
        organization_id: uuid,
        name: str(),
        alternate_name: str(),
        description: str(),
        url: { type: 'string', format: 'uri' },
        status: {
          enum: ['active', 'inactive'],
          description: 'inactive = beskrivs i källorna men erbjuds inte i Stockholm.',
        },
        eligibility_description: str(),
        minimum_age: age,
        maximum_age: age,
        application_process: str(),
        assured_date: { type: 'string', format: 'date' },
        service_areas: arrayOf(ref('HsdsServiceArea')),
        attributes: arrayOf(ref('HsdsAttribute')),
      },
    ),
    HsdsExport: strict(
      ['hsds_version', 'language', 'catalogueVersion', 'generated', 'organizations', 'services'],
      {
        hsds_version: { const: '3.0' },
        language: { const: 'sv' },
        catalogueVersion: ref('CatalogueVersion'),
        generated: { type: 'string', format: 'date-time' },
        organizations: arrayOf(ref('HsdsOrganization')),
        services: arrayOf(ref('HsdsService')),
      },
    ),
  };
}

// ---------------------------------------------------------------------------------------------
// Paths.

const VERSION_HEADER = { 'X-Catalogue-Version': { $ref: '#/components/headers/CatalogueVersion' } };

function ok(schemaName: string, description: string, extra: Obj = {}): Obj {
  return {
    description,
    headers: VERSION_HEADER,
    content: { 'application/json': { schema: ref(schemaName) } },
    ...extra,
  };
}

const problem = (name: string) => ({ $ref: `#/components/responses/${name}` });
// /api and /cds-services are rate limited; 500 is added to every operation.
const RATE_LIMITED = { '429': problem('TooManyRequests') };
const BODY_ERRORS = {
  '400': problem('BadRequest'),
  '413': problem('PayloadTooLarge'),
  '415': problem('UnsupportedMediaType'),
};
const param = (name: string) => ({ $ref: `#/components/parameters/${name}` });

function operation(
  tag: string,
  operationId: string,
  summary: string,
  responses: Obj,
  extra: Obj = {},
): Obj {
  return {
    tags: [tag],
    operationId,
    summary,
    ...extra,
    responses: { ...responses, '500': problem('InternalError') },
  };
}

function paths(exampleProfile: Obj): Obj {
  const get = (o: Obj) => ({ get: o });
  return {
    '/health': get(
      operation('Drift', 'getHealth', 'Liveness', { '200': ok('Health', 'Tjänsten lever.') }),
    ),
    '/ready': get(
      operation('Drift', 'getReady', 'Readiness', {
        '200': ok('Ready', 'En katalogversion är laddad.'),
      }),
    ),
    '/api/v1/interventions': get(
      operation(
        'Katalog',
        'listInterventions',
        'Lista insatser, filtrerat',
        {
          '200': ok('InterventionList', 'Insatser som matchar alla filter.'),
          '400': problem('BadRequest'),
          ...RATE_LIMITED,
        },
        {
          description: 'district ger insatser som finns i stadsdelen eller är stadsövergripande.',
          parameters: [param('districtQuery'), param('needArea'), param('age'), param('level')],
        },
      ),
    ),
    '/api/v1/interventions/{id}': get(
      operation(
        'Katalog',
        'getIntervention',
        'En insats',
        {
          '200': ok('InterventionDetail', 'Insatsen med utförare.'),
          '404': problem('NotFound'),
          ...RATE_LIMITED,
        },
        { parameters: [param('interventionId')] },
      ),
    ),
    '/api/v1/sources': get(
      operation('Katalog', 'listSources', 'Källdokumenten katalogen bygger på', {
        '200': ok('SourceList', 'Titel, utgivare, datum och typ per dokument.'),
        ...RATE_LIMITED,
      }),
    ),
    '/api/v1/sources/{id}': get(
      operation(
        'Katalog',
        'getSource',
        'Ett källdokument med text',
        {
          '200': ok('SourceDetail', 'Metadata och dokumentets text.'),
          '404': problem('NotFound'),
          ...RATE_LIMITED,
        },
        { parameters: [param('sourceId')] },
      ),
    ),
    '/api/v1/districts': get(
      operation('Katalog', 'listDistricts', 'Stadsdelsförvaltningar', {
        '200': ok('DistrictList', 'Alla stadsdelar.'),
        ...RATE_LIMITED,
      }),
    ),
    '/api/v1/providers': get(
      operation('Katalog', 'listProviders', 'Utförare', {
        '200': ok('ProviderList', 'Alla utförare.'),
        ...RATE_LIMITED,
      }),
    ),
    '/api/v1/vocabulary': get(
      operation(
        'Katalog',
        'getVocabulary',
        'Kontrollerade vokabulärer med svenska etiketter och källdokument',
        {
          '200': ok('VocabularyResponse', 'Vokabulärer och källdokument.'),
          ...RATE_LIMITED,
        },
      ),
    ),
    '/api/v1/recommendations': {
      post: operation(
        'Rekommendationer',
        'createRecommendations',
        'Rangordnade och motiverade insatser för en anonymiserad behovsprofil',
        {
          '200': ok('RecommendationResponse', 'Rekommendationer med skäl.'),
          ...BODY_ERRORS,
          ...RATE_LIMITED,
        },
        {
          description:
            'Okända fält (namn, personnummer, fritext) avvisas med 400 som namnger fältet.',
          parameters: [param('explain'), param('recommendationLimit'), param('view')],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: ref('Profile'), example: exampleProfile } },
          },
        },
      ),
    },
    '/api/v1/search': get(
      operation(
        'Sök',
        'search',
        'Fritextsökning på svenska',
        {
          '200': ok('SearchResponse', 'Träffar, bäst först.'),
          '400': problem('BadRequest'),
          ...RATE_LIMITED,
        },
        { parameters: [param('q'), param('limit'), param('searchDistrict')] },
      ),
    ),
    '/api/v1/admin/reload': {
      post: operation(
        'Administration',
        'reloadCatalogue',
        'Ladda om katalogen från disk',
        {
          '200': ok('ReloadResult', 'Den nya versionen serveras.'),
          '401': problem('Unauthorized'),
          '404': {
            ...problem('NotFound'),
            description: 'Admin-API:t är avstängt (ADMIN_TOKEN saknas).',
          },
          '422': problem('CatalogueInvalid'),
          ...RATE_LIMITED,
        },
        {
          description:
            'Valideras i sin helhet innan bytet; vid fel fortsätter föregående version att serveras.',
          security: [{ bearerAuth: [] }],
        },
      ),
    },
    '/api/v1/coverage': get(
      operation(
        'Täckning',
        'getCoverage',
        'Likställighet: behovsområden per stadsdel',
        { '200': coverageOk('CoverageResponse'), '400': problem('BadRequest'), ...RATE_LIMITED },
        { parameters: [param('format')] },
      ),
    ),
    '/api/v1/coverage/{district}': get(
      operation(
        'Täckning',
        'getDistrictCoverage',
        'Täckning för en stadsdel',
        {
          '200': coverageOk('DistrictCoverageResponse'),
          '400': problem('BadRequest'),
          '404': problem('NotFound'),
          ...RATE_LIMITED,
        },
        { parameters: [param('districtPath'), param('format')] },
      ),
    ),
    '/api/v1/export/hsds': get(
      operation('Export', 'exportHsds', 'Katalogen som Open Referral HSDS 3.0', {
        '200': ok('HsdsExport', 'Organisationer och tjänster.'),
        ...RATE_LIMITED,
      }),
    ),
    '/cds-services': get(
      operation('CDS Hooks', 'cdsDiscovery', 'CDS Hooks discovery', {
        '200': ok('CdsDiscovery', 'Tjänsten och dess hook.'),
        ...RATE_LIMITED,
      }),
    ),
    '/cds-services/{id}': {
      post: operation(
        'CDS Hooks',
        'cdsCall',
        'Anropa CDS-tjänsten',
        {
          '200': ok('CdsResponse', 'Kort för de främsta förslagen.'),
          ...BODY_ERRORS,
          '404': problem('NotFound'),
          ...RATE_LIMITED,
        },
        {
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { enum: [CDS_SERVICE_ID] } },
          ],
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: ref('CdsRequest'),
                example: {
                  hook: CDS_HOOK,
                  hookInstance: 'd1577c69-dfbe-44ad-ba6d-3e05e953b2ea',
                  context: { profile: exampleProfile },
                },
              },
            },
          },
        },
      ),
    },
    '/openapi.json': get(
      operation('Dokumentation', 'getOpenApi', 'Detta dokument', {
        '200': {
          description: 'OpenAPI 3.1.',
          headers: VERSION_HEADER,
          content: { 'application/json': { schema: { type: 'object' } } },
        },
      }),
    ),
    '/docs': get(
      operation('Dokumentation', 'getDocs', 'Läsbar API-dokumentation (Swagger UI)', {
        '200': {
          description: 'HTML-sida.',
          headers: VERSION_HEADER,
          content: { 'text/html': { schema: { type: 'string' } } },
        },
      }),
    ),
  };
}

function coverageOk(schemaName: string): Obj {
  return {
    description: 'JSON, eller CSV (en rad per stadsdel × behovsområde) med ?format=csv.',
    headers: VERSION_HEADER,
    content: {
      'application/json': { schema: ref(schemaName) },
      'text/csv': { schema: { type: 'string' } },
    },
  };
}

function parameters(v: CatalogueVersion): Obj {
  const districts = [...v.districtById.keys()];
  const query = (name: string, schema: Obj, description: string) => ({
    name,
    in: 'query',
    required: false,
    schema,
    description,
  });
  return {
    districtQuery: query(
      'district',
      { enum: districts },
      'Stadsdel: insatser som finns där eller är stadsövergripande.',
    ),
    districtPath: {
      name: 'district',
      in: 'path',
      required: true,
      schema: { enum: districts },
      description: 'Stadsdelens id.',
    },
    searchDistrict: query(
      'district',
      { enum: districts },
      'Stadsdel: varje träffs tillgänglighet anges relativt den (local, other-district …).',
    ),
    needArea: query('needArea', { enum: needAreaIds() }, 'Behovsområde.'),
    age: query(
      'age',
      { type: 'integer', minimum: 0, maximum: 25 },
      'Barnets ålder; insatser vars åldersspann rymmer den.',
    ),
    level: query('level', { $ref: `${REF}Intervention/properties/level` }, 'Organisatorisk nivå.'),
    sourceId: {
      name: 'id',
      in: 'path',
      required: true,
      schema: { type: 'string', pattern: '^[0-9]{3}_[0-9a-f]{16}$' },
      description: 'Källdokumentets id (filnamnet utan .txt).',
    },
    interventionId: {
      name: 'id',
      in: 'path',
      required: true,
      schema: ref('id'),
      description: 'Insatsens id.',
    },
    explain: query(
      'explain',
      { type: 'boolean', default: false },
      'Ta med insatser som valts bort och varför.',
    ),
    q: query(
      'q',
      { type: 'string', maxLength: 200 },
      'Sökord (svenska, prefix och förkortningar fungerar).',
    ),
    limit: query(
      'limit',
      { type: 'integer', minimum: 1, maximum: 100, default: 20 },
      'Högst så många träffar.',
    ),
    format: query('format', { enum: ['json', 'csv'], default: 'json' }, 'csv ger text/csv.'),
    view: query(
      'view',
      { enum: ['lean', 'full'], default: 'lean' },
      'lean: det som beror på profilen (insatskorten hämtas en gång med GET /api/v1/interventions); full: hela insatskorten.',
    ),
    recommendationLimit: query(
      'limit',
      {
        type: 'integer',
        minimum: 1,
        maximum: v.catalogue.ranking.maxLimit,
        default: v.catalogue.ranking.defaultLimit,
      },
      'Visa högst så många insatser (total anger hur många som passar).',
    ),
  };
}

function responses(): Obj {
  const p = (description: string, extra: Obj = {}) => ({
    description,
    headers: { ...VERSION_HEADER, ...((extra.headers as Obj) ?? {}) },
    content: { 'application/problem+json': { schema: ref('Problem') } },
  });
  return {
    BadRequest: p(
      'Ogiltig parameter eller kropp; errors[] namnger varje fält och vad som är tillåtet.',
    ),
    Unauthorized: p('Giltig Bearer-token saknas.', {
      headers: { 'WWW-Authenticate': { schema: { type: 'string' } } },
    }),
    NotFound: p('Finns inte.'),
    PayloadTooLarge: p('Kroppen är större än 32 kB.'),
    UnsupportedMediaType: p('Kroppen måste vara UTF-8 application/json.'),
    CatalogueInvalid: p(
      'Den nya katalogen är ogiltig; problems[] listar felen och föregående version serveras vidare.',
    ),
    TooManyRequests: p('För många anrop per minut.'),
    InternalError: p('Oväntat fel (loggat).'),
  };
}

// ---------------------------------------------------------------------------------------------

function buildDocument(v: CatalogueVersion): Obj {
  const { components: files, defs } = fileSchemas([...v.districtById.keys()]);
  const vocabulary = files.Vocabulary!;
  const exampleDistrict = v.districtById.has('kungsholmen')
    ? 'kungsholmen'
    : [...v.districtById.keys()][0];
  const schemasOut: Obj = {
    ...Object.fromEntries(defs),
    ...files,
    InterventionDetail: extend(
      files.Intervention!,
      {
        catalogueVersion: ref('CatalogueVersion'),
        provider: ref('ProviderRef'),
        staleFacts: arrayOf(ref('StaleFact')),
      },
      ['catalogueVersion', 'staleFacts'],
    ),
    ...handWrittenSchemas(v),
    VocabularyResponse: extend(
      vocabulary,
      {
        catalogueVersion: ref('CatalogueVersion'),
        documents: arrayOf(ref('SeedDocument')),
        resultGroups: arrayOf(ref('ResultGroup')),
        profileSchema: {
          type: 'object',
          description:
            'Profilens JSON Schema (2020-12) precis som POST /recommendations validerar den (Profile); sidan bygger sitt formulär av den.',
        },
      },
      ['catalogueVersion', 'documents', 'resultGroups', 'profileSchema'],
    ),
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Insatsguiden API',
      version: '1.0.0',
      summary: 'Beslutsstöd för öppenvårdsinsatser till barn, unga och familjer i Stockholms stad.',
      description:
        'Katalog över öppenvårdsinsatser och rekommendationer utifrån en anonymiserad behovsprofil. ' +
        'Varje svar anger katalogversionen i huvudet X-Catalogue-Version. Fel returneras som RFC 9457 problem+json. ' +
        `Dokumentet beskriver katalogversion ${v.version}.`,
    },
    tags: [
      { name: 'Katalog', description: 'Insatser, stadsdelar, utförare och vokabulärer.' },
      { name: 'Rekommendationer', description: 'Förslag utifrån en anonymiserad behovsprofil.' },
      { name: 'Sök', description: 'Fritextsökning.' },
      { name: 'Täckning', description: 'Likställighet mellan stadsdelar.' },
      { name: 'Export', description: 'Open Referral HSDS 3.0.' },
      { name: 'CDS Hooks', description: 'Integration i verksamhetssystem (CDS Hooks 2.0).' },
      { name: 'Drift', description: 'Hälsa och beredskap.' },
      { name: 'Administration', description: 'Omladdning av katalogen.' },
      { name: 'Dokumentation', description: 'Detta dokument och Swagger UI.' },
    ],
    // The example lives on the media type so the Profile schema stays byte-for-byte what is enforced.
    paths: paths({
      age: 14,
      district: exampleDistrict,
      violence: ['witnessed'],
      schoolAbsence: 'frequent',
    }),
    components: {
      schemas: schemasOut,
      parameters: parameters(v),
      responses: responses(),
      headers: {
        CatalogueVersion: {
          description: 'Katalogversionen som besvarade anropet.',
          schema: ref('CatalogueVersion'),
        },
      },
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          description: 'ADMIN_TOKEN från serverns miljö.',
        },
      },
    },
  };
}

// Versions are immutable, so one document per version is built once and shared.
const cache = new WeakMap<CatalogueVersion, Obj>();

export function openApiDocument(v: CatalogueVersion): Obj {
  let doc = cache.get(v);
  if (!doc) {
    doc = buildDocument(v);
    cache.set(v, doc);
  }
  return doc;
}
