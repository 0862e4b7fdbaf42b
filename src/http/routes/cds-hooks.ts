// CDS Hooks 2.0-shaped integration: a case-management system calls our custom hook with an
// anonymised needs profile and shows the returned cards inline. Discovery at GET /cds-services.
import { Router, type Request } from 'express';
import { cardsFor } from '../../export/cds-cards.js';
import { recommend } from '../../recommend/recommend.js';
import { versionOf } from '../context.js';
import { badRequest, notFound, type HttpProblem } from '../problem.js';
import { fieldList } from '../problem-bounds.js';
import { validBody, type FieldError } from '../validate-request.js';
import type { Profile } from '../../recommend/profile.js';

export const CDS_HOOK = 'se.stockholm.insatsguiden.assessment';
export const CDS_SERVICE_ID = 'insatsguiden-recommendations';

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
