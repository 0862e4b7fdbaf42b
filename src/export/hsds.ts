// The catalogue as Open Referral HSDS 3.0 JSON, so service directories can import it. A pure
// function of a catalogue version: the same version always gives the same document and ids.
import { createHash } from 'node:crypto';
import type { District, Intervention, Provider, Vocabulary } from '../catalogue/types.js';
import { availabilityOf } from '../catalogue/availability.js';
import { ageText, say } from '../catalogue/wording.js';
import { readingText } from '../catalogue/need-reading.js';
import type {
  HsdsAttribute,
  HsdsExport,
  HsdsOrganization,
  HsdsService,
  HsdsServiceArea,
} from '../catalogue/generated/api/hsds.js';

// The export's shapes are generated from schemas/api/hsds.schema.json (npm run gen:types).
export type {
  HsdsAttribute,
  HsdsExport,
  HsdsOrganization,
  HsdsService,
  HsdsServiceArea,
} from '../catalogue/generated/api/hsds.js';

export interface HsdsOptions {
  /** Absolute base of the web app (e.g. https://host); when given, each service gets a url. */
  baseUrl?: string;
}

// Fixed namespace for the UUIDv5-style ids below: changing it would change every exported id.
const NAMESPACE = Buffer.from('6f1c2a7e4b9d4f0a8e3b5c7d9e1f2a3b', 'hex');
const ID_SCHEME = 'se.stockholm.insatsguiden';

/** A stable UUID (RFC 9562 version 5 layout) for a name, so importers can update records in place. */
export function stableUuid(name: string): string {
  const b = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest().subarray(0, 16);
  b[6] = (b[6]! & 0x0f) | 0x50;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export const organizationId = (providerId: string) => stableUuid(`organization:${providerId}`);
export const serviceId = (interventionId: string) => stableUuid(`service:${interventionId}`);

/**
 * Parents the providers file names but does not list as providers (they run nothing themselves).
 * They become organizations too, so every parent_organization_id resolves inside the export.
 */
const PARENT_NAMES: Record<string, string> = {
  socialforvaltningen: 'Socialförvaltningen, Stockholms stad',
};

/** The slice of a catalogue version the export reads. */
export interface HsdsInput {
  version: string;
  loadedAt: string;
  catalogue: { providers: Provider[]; vocabulary: Vocabulary };
  interventions: readonly Intervention[];
  districtById: ReadonlyMap<string, District>;
}

export function buildHsdsExport(v: HsdsInput, opts: HsdsOptions = {}): HsdsExport {
  return {
    hsds_version: '3.0',
    language: 'sv',
    catalogueVersion: v.version,
    generated: v.loadedAt,
    organizations: organizations(v.catalogue.providers),
    services: v.interventions.map((i) => service(v, i, opts)),
  };
}

function organizations(providers: Provider[]): HsdsOrganization[] {
  const known = new Set(providers.map((p) => p.id));
  const parents = [
    ...new Set(providers.map((p) => p.parent).filter((p): p is string => !!p && !known.has(p))),
  ];
  return [
    ...providers.map((p) => organization(p.id, p.name, p.description, p.parent)),
    ...parents.map((id) =>
      organization(
        id,
        PARENT_NAMES[id] ?? id,
        'Överordnad organisation till utförare i katalogen; utför inga insatser själv.',
      ),
    ),
  ];
}

function organization(
  catalogueId: string,
  name: string,
  description: string,
  parent?: string,
): HsdsOrganization {
  const id = organizationId(catalogueId);
  return {
    id,
    name,
    description,
    // HSDS 3.0 wants absent values left out, not null (its compiled schemas reject null here).
    ...(parent ? { parent_organization_id: organizationId(parent) } : {}),
    // HSDS has no slot for a source system's own key; an identifier keeps the catalogue id traceable.
    organization_identifiers: [
      {
        id: stableUuid(`organization-identifier:${catalogueId}`),
        organization_id: id,
        identifier_scheme: ID_SCHEME,
        identifier_type: 'katalog-id',
        identifier: catalogueId,
      },
    ],
  };
}

function service(v: HsdsInput, i: Intervention, opts: HsdsOptions): HsdsService {
  const id = serviceId(i.id);
  const vocab = v.catalogue.vocabulary;
  return {
    id,
    organization_id: organizationId(i.provider),
    name: i.name,
    ...(i.aliases.length ? { alternate_name: i.aliases.join(', ') } : {}),
    description: i.availabilityNote
      ? `${i.summary}\n\nTillgänglighet: ${i.availabilityNote}`
      : i.summary,
    ...(opts.baseUrl ? { url: `${opts.baseUrl}/insats/${encodeURIComponent(i.id)}` } : {}),
    // Methods the seeds describe elsewhere (Norway, other municipalities) are planning material only.
    status: availabilityOf(i, undefined) === 'not-offered' ? 'inactive' : 'active',
    eligibility_description: eligibility(v, i),
    ...(i.ageRange.min !== null ? { minimum_age: i.ageRange.min } : {}),
    ...(i.ageRange.max !== null ? { maximum_age: i.ageRange.max } : {}),
    application_process: `${vocab.decisions[i.decision] ?? i.decision}. ${i.referral}`,
    assured_date: i.lastReviewed,
    service_areas: serviceAreas(v, i, id),
    attributes: attributes(v, i, id),
  };
}

function eligibility(v: HsdsInput, i: Intervention): string {
  const vocab = v.catalogue.vocabulary;
  const parts = [
    `Målgrupp: ${i.targetGroup.map((t) => vocab.targetGroups[t] ?? t).join(', ') || say(vocab.wording, 'unknown.target-group')}.`,
    `Ålder: ${ageText(v.catalogue.vocabulary.wording, i.ageRange)}.`,
    `Behov: ${i.needAreas.map((n) => vocab.needAreas[n]?.label ?? n).join(', ') || say(vocab.wording, 'unknown.need-areas')}.`,
  ];
  // Empty = unknown (#13): said, not left blank; a reading is marked as the catalogue's, not the source's.
  if (!i.form.length) parts.push(`${say(vocab.wording, 'unknown.form')}.`);
  const reading = i.needAreasReading;
  if (reading) parts.push(`${readingText(vocab, reading.areas, reading.note.replace(/\.$/, ''))}.`);
  if (i.preconditions?.length)
    parts.push(
      `Förutsättningar: ${i.preconditions.map((p) => p.text.replace(/\.$/, '')).join('; ')}.`,
    );
  return parts.join(' ');
}

const CITY = 'Stockholms stad';
const COUNTY = 'Stockholms län';

function serviceAreas(v: HsdsInput, i: Intervention, sid: string): HsdsServiceArea[] {
  const area = (key: string, name: string, description: string): HsdsServiceArea => ({
    id: stableUuid(`service-area:${i.id}:${key}`),
    service_id: sid,
    name,
    description,
    extent: name,
    extent_type: 'text',
  });
  if (!i.offeredInStockholm) return [];
  switch (i.level) {
    case 'district':
      // Only where the seeds say the district offers it; an empty list means "not known", not "everywhere".
      // Planned (status: planned) is not a service area yet.
      return i.offeredIn
        .filter((o) => o.status !== 'planned')
        .map((o) => {
          const name = v.districtById.get(o.district)?.name ?? o.district;
          return area(
            `district:${o.district}`,
            name,
            o.note ?? `Erbjuds av stadsdelsförvaltningen ${name}.`,
          );
        });
    case 'central':
    case 'framework-agreement':
      return [
        area(
          'city',
          CITY,
          'Hela staden: alla stadsdelsförvaltningar kan ge uppdrag eller hänvisa.',
        ),
      ];
    case 'regional':
      return [area('county', COUNTY, 'Länsövergripande verksamhet för hela Stockholms län.')];
    case 'external':
      return [];
  }
}

function attributes(v: HsdsInput, i: Intervention, sid: string): HsdsAttribute[] {
  const vocab = v.catalogue.vocabulary;
  // HSDS requires a term's description: the vocabulary's where it has one, else its label.
  const attr = (
    taxonomy: string,
    code: string,
    label: string,
    description = label,
  ): HsdsAttribute => ({
    id: stableUuid(`attribute:${i.id}:${taxonomy}:${code}`),
    link_id: sid,
    link_type: taxonomy,
    link_entity: 'service',
    value: code,
    label,
    taxonomy_term: {
      id: stableUuid(`taxonomy-term:${taxonomy}:${code}`),
      code,
      name: label,
      description,
      taxonomy: `${ID_SCHEME}.${taxonomy}`,
    },
  });
  return [
    ...i.needAreas.map((n) =>
      attr('need-area', n, vocab.needAreas[n]?.label ?? n, vocab.needAreas[n]?.description),
    ),
    ...i.targetGroup.map((t) => attr('target-group', t, vocab.targetGroups[t] ?? t)),
    ...i.form.map((f) => attr('form', f, vocab.forms[f] ?? f)),
    attr(
      'evidence-level',
      i.evidence.level,
      vocab.evidenceLevels[i.evidence.level]?.label ?? i.evidence.level,
      vocab.evidenceLevels[i.evidence.level]?.description,
    ),
    attr('level', i.level, vocab.levels[i.level] ?? i.level),
    attr('decision', i.decision, vocab.decisions[i.decision] ?? i.decision),
    ...(i.alternativeToPlacement
      ? [attr('alternative-to-placement', 'true', 'Alternativ till placering')]
      : []),
  ];
}
