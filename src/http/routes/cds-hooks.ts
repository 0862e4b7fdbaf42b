// CDS Hooks 2.0-shaped integration: a case-management system calls our custom hook with an
// anonymised needs profile and shows the returned cards inline. Discovery at GET /cds-services.
import { Router, type Request } from 'express';
import type { CatalogueVersion } from '../../compile/catalogue-version.js';
import { stableUuid, ageText } from '../../export/hsds.js';
import type { RecommendationResult } from '../../recommend/recommend.js';
import type { RecommendationView } from '../../explain/explain.js';
import { availabilityOf, type Availability } from '../../recommend/availability.js';
import { recommend } from '../../recommend/recommend.js';
import { versionOf } from '../context.js';
import { badRequest, notFound, type HttpProblem } from '../problem.js';
import { fieldList } from '../problem-bounds.js';
import { validBody, type FieldError } from '../validate-request.js';
import type { Profile } from '../../recommend/profile.js';

export const CDS_HOOK = 'se.stockholm.insatsguiden.assessment';
export const CDS_SERVICE_ID = 'insatsguiden-recommendations';
const MAX_CARDS = 5;
const SUMMARY_MAX = 139; // CDS Hooks: summary "SHOULD be <140 characters"
const SOURCE_LABEL = 'Insatsguiden – Stockholms stad';

export const cdsDiscovery = {
  services: [
    {
      hook: CDS_HOOK,
      id: CDS_SERVICE_ID,
      title: 'Insatsguiden – förslag på öppenvårdsinsatser',
      description:
        'Föreslår öppenvårdsinsatser för barn, unga och familjer i Stockholms stad utifrån en anonymiserad behovsprofil, rangordnade och motiverade.',
      usageRequirements:
        'Skicka endast den anonymiserade behovsprofilen i context.profile – aldrig namn, personnummer eller fritext. Okända fält avvisas.',
    },
  ],
};

/**
 * Top-level fields CDS Hooks defines for services that read the patient's record. This service
 * needs none of it, and a FHIR server address, an access token or prefetched resources identify a
 * person or grant access to one: they are refused, so the caller learns to stop sending them.
 */
const PATIENT_DATA_FIELDS = new Set(['fhirServer', 'fhirAuthorization', 'prefetch']);
const HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/** Absolute base URL of this server as the client addressed it; a malformed Host header is refused. */
export function requestBase(req: Request): string {
  const fixed = req.app.locals.publicBaseUrl as string | undefined;
  if (fixed) return fixed; // PUBLIC_BASE_URL: the same links whatever Host the proxy passes on
  req.res?.vary('Host'); // links built from Host: a cache must not give them to another Host
  const host = req.get('host') ?? '';
  if (!HOST.test(host))
    throw badRequest(
      'invalid-host',
      'Invalid Host header',
      'The Host header is missing or malformed.',
    );
  return `${req.protocol}://${host}`;
}

export function cdsRoutes(): Router {
  const r = Router();
  r.get('/cds-services', (_req, res) => {
    res.json(cdsDiscovery);
  });
  r.post('/cds-services/:id', async (req, res) => {
    if (req.params.id !== CDS_SERVICE_ID) throw notFound('No CDS service with this id.');
    const v = versionOf(res);
    // The envelope and the profile are one schema (CdsRequest in schemas/api/cds.schema.json).
    const { profile } = validBody<{ context: { profile: Profile } }>(
      req,
      res,
      invalidRequest,
    ).context;
    const result = await recommend(v, profile);
    res.json({ cards: cardsFor(v, result, requestBase(req)) });
  });
  return r;
}

/** The 400 for a CDS call: envelope and profile problems together, fields named from the body. */
function invalidRequest(errors: FieldError[]): HttpProblem {
  return badRequest(
    'invalid-cds-request',
    'Invalid CDS Hooks request',
    `The request was rejected: ${fieldList(errors)}.`,
    { errors: errors.map(patientDataRefused) },
  );
}

/** fhirServer, fhirAuthorization, prefetch: say why they are refused, not just "unknown". */
function patientDataRefused(e: FieldError): FieldError {
  if (e.code !== 'UNKNOWN_PROPERTY' || !PATIENT_DATA_FIELDS.has(e.field)) return e;
  return {
    ...e,
    code: 'PATIENT_DATA_REFUSED',
    message: 'this service needs no patient data: leave it out and send only context.profile',
  };
}

const AVAILABILITY_LABEL: Record<Availability, string> = {
  local: 'finns i stadsdelen',
  central: 'central insats, hela staden',
  regional: 'regional insats',
  'framework-agreement': 'via ramavtal',
  'other-district': 'finns i annan stadsdel',
  unknown: 'tillgänglighet okänd',
  'not-offered': 'erbjuds inte i Stockholm',
};

interface Card {
  uuid: string;
  summary: string;
  indicator: 'info';
  detail: string;
  source: { label: string; url: string };
  links: { label: string; url: string; type: 'absolute' }[];
}

export function cardsFor(v: CatalogueVersion, result: RecommendationResult, base: string): Card[] {
  const cards = result.recommendations
    .slice(0, MAX_CARDS)
    .map((rec) => recommendationCard(v, rec, base));
  // The card names the gap fillers: city-wide options for needs without a fitting local one.
  const fillers = result.centralAlternatives.filter((c) => c.fillsLocalGap).map((c) => c.id);
  const central = fillers.map((id) => v.interventionById.get(id)).filter((i) => i !== undefined);
  if (central.length) {
    const intro = result.profile.district
      ? 'Centrala eller regionala insatser för behov som saknar en lokal insats i stadsdelen:'
      : 'Stadsövergripande insatser som passar behoven:';
    cards.push({
      uuid: stableUuid(`cds-card:${v.version}:central-alternatives:${fillers.join(',')}`),
      summary: truncate(`Centrala alternativ: ${central.map((i) => i.name).join(', ')}`),
      indicator: 'info',
      detail: [
        intro,
        '',
        ...central.map(
          (i) => `- ${md(i.name)} (${AVAILABILITY_LABEL[availabilityOf(i, undefined)]})`,
        ),
      ].join('\n'),
      source: { label: SOURCE_LABEL, url: `${base}/katalog` },
      links: central.map((i) => ({
        label: `Visa ${i.name}`,
        url: interventionUrl(base, i.id),
        type: 'absolute' as const,
      })),
    });
  }
  return cards;
}

function recommendationCard(v: CatalogueVersion, rec: RecommendationView, base: string): Card {
  const vocab = v.catalogue.vocabulary;
  const url = interventionUrl(base, rec.id);
  const detail = [
    '**Därför föreslås insatsen**',
    '',
    ...rec.reasons.map((reason) => `- ${md(reason)}`),
    '',
    `**Kunskapsläge:** ${md(vocab.evidenceLevels[rec.evidence.level]?.label ?? rec.evidence.level)}`,
    '',
    `**Ålder:** ${md(ageText(vocab.wording, rec.ageRange))}`,
    '',
    `**Tillgänglighet:** ${md(availabilityText(rec))}`,
    ...(rec.caveats.length ? ['', `**Att kontrollera:** ${md(rec.caveats.join(' · '))}`] : []),
  ].join('\n');
  return {
    uuid: stableUuid(`cds-card:${v.version}:${rec.id}`),
    summary: truncate(`${rec.name} – ${AVAILABILITY_LABEL[rec.availability]}`),
    indicator: 'info',
    detail,
    source: { label: SOURCE_LABEL, url },
    links: [{ label: 'Visa i Insatsguiden', url, type: 'absolute' }],
  };
}

function availabilityText(rec: RecommendationView): string {
  const label = AVAILABILITY_LABEL[rec.availability];
  const where = `${label.charAt(0).toUpperCase()}${label.slice(1)} (${rec.provider.name}). ${rec.accessNote}`;
  return rec.availabilityNote ? `${where}. ${rec.availabilityNote}` : where;
}

const interventionUrl = (base: string, id: string) => `${base}/insats/${encodeURIComponent(id)}`;

/** At most SUMMARY_MAX code points, cut between code points so no character is split. */
export function truncate(s: string): string {
  const chars = [...s];
  return chars.length <= SUMMARY_MAX
    ? s
    : `${chars
        .slice(0, SUMMARY_MAX - 1)
        .join('')
        .trimEnd()}…`;
}

/**
 * Catalogue text as inert Markdown on one line: inline markup characters are escaped everywhere,
 * and block markers (#, >, -, +, "1.") at the start, where they would open a heading or nested list.
 */
export function md(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~&]/g, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^([#>+=-])/, '\\$1');
}
