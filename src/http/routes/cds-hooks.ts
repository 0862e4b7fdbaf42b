// CDS Hooks 2.0-shaped integration: a case-management system calls our custom hook with an
// anonymised needs profile and shows the returned cards inline. Discovery at GET /cds-services.
import { Router, type Request } from 'express';
import { cardsFor } from '../../export/cds-cards.js';
import { recommend } from '../../recommend/recommend.js';
import { versionOf } from '../context.js';
import { HttpProblem, badRequest, notFound } from '../problem.js';
import { fieldList } from '../problem-bounds.js';
import { requireProfile } from './recommendations.js';

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
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
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
    const body = requireCdsRequest(req.body);
    const profile = withFieldPrefix('context.profile.', () =>
      requireProfile(v, body.context.profile),
    );
    const result = await recommend(v, profile);
    res.json({ cards: cardsFor(v, result, requestBase(req)) });
  });
  return r;
}

interface FieldError {
  field: string;
  code: string;
  message: string;
  allowed?: string;
}

function invalidRequest(errors: FieldError[]): HttpProblem {
  return badRequest(
    'invalid-cds-request',
    'Invalid CDS Hooks request',
    `The request was rejected: ${fieldList(errors)}.`,
    {
      errors,
    },
  );
}

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** The CDS envelope: hook, hookInstance and context.profile only (the profile is checked afterwards). */
function requireCdsRequest(body: unknown): {
  hook: string;
  hookInstance: string;
  context: { profile: unknown };
} {
  if (!isObject(body))
    throw invalidRequest([
      { field: '(body)', code: 'WRONG_TYPE', message: 'must be a JSON object', allowed: 'object' },
    ]);
  const errors: FieldError[] = [];
  for (const key of Object.keys(body)) {
    if (PATIENT_DATA_FIELDS.has(key)) {
      errors.push({
        field: key,
        code: 'PATIENT_DATA_REFUSED',
        message: 'this service needs no patient data: leave it out and send only context.profile',
        allowed: 'hook, hookInstance, context',
      });
    } else if (!['hook', 'hookInstance', 'context'].includes(key)) {
      errors.push({
        field: key,
        code: 'UNKNOWN_PROPERTY',
        message: `unknown property '${key}'`,
        allowed: 'hook, hookInstance, context',
      });
    }
  }
  if (body.hook !== CDS_HOOK) {
    errors.push({
      field: 'hook',
      code: 'NOT_ALLOWED_VALUE',
      message: 'this service answers one hook only',
      allowed: CDS_HOOK,
    });
  }
  if (typeof body.hookInstance !== 'string' || !UUID.test(body.hookInstance)) {
    errors.push({
      field: 'hookInstance',
      code: 'BAD_FORMAT',
      message: 'must be a UUID',
      allowed: 'UUID',
    });
  }
  if (!isObject(body.context)) {
    errors.push({
      field: 'context',
      code: 'WRONG_TYPE',
      message: 'must be an object with a profile',
      allowed: 'object',
    });
  } else {
    // Only the anonymised profile: a patient or user id in the context would identify the child.
    for (const key of Object.keys(body.context)) {
      if (key !== 'profile')
        errors.push({
          field: `context.${key}`,
          code: 'UNKNOWN_PROPERTY',
          message: `unknown property '${key}'`,
          allowed: 'profile',
        });
    }
    if (!('profile' in body.context))
      errors.push({
        field: 'context.profile',
        code: 'MISSING_PROPERTY',
        message: "missing required property 'profile'",
      });
  }
  if (errors.length) throw invalidRequest(errors);
  return body as { hook: string; hookInstance: string; context: { profile: unknown } };
}

/** Re-throw a profile problem with field names as seen from the CDS request body. */
function withFieldPrefix<T>(prefix: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (!(e instanceof HttpProblem) || !e.extra.errors) throw e;
    throw invalidRequest(
      e.extra.errors.map((x) => ({
        ...x,
        field: x.field === '(profile)' ? prefix.slice(0, -1) : prefix + x.field,
      })),
    );
  }
}
