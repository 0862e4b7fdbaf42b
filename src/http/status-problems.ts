// Problems for errors raised by libraries (body-parser, serve-static, Node): each status gets a type
// of its own, so a client can tell a 403 from a 404 by `type` as RFC 9457 intends.
import { HttpProblem } from './problem.js';

const BY_STATUS: Record<number, [slug: string, title: string, detail: string]> = {
  400: ['bad-request', 'Bad Request', 'The request could not be processed.'],
  403: ['forbidden', 'Forbidden', 'This path may not be requested.'],
  404: ['not-found', 'Not Found', 'Nothing is served at this path.'],
  405: ['method-not-allowed', 'Method Not Allowed', 'This method is not allowed here.'],
  408: ['request-timeout', 'Request Timeout', 'The request took too long to arrive.'],
  411: ['length-required', 'Length Required', 'Send a Content-Length.'],
  412: ['precondition-failed', 'Precondition Failed', 'A precondition did not hold.'],
  413: ['payload-too-large', 'Payload Too Large', 'The request body is too large.'],
  414: ['uri-too-long', 'URI Too Long', 'The request URI is too long.'],
  415: ['unsupported-media-type', 'Unsupported Media Type', 'Send the body as application/json.'],
  416: ['range-not-satisfiable', 'Range Not Satisfiable', 'The requested range is not available.'],
  431: [
    'headers-too-large',
    'Request Header Fields Too Large',
    'The request headers are too large.',
  ],
};

/** A 4xx without a problem of its own: typed by its status; unknown 4xx fall back to bad-request. */
export function problemForStatus(status: number): HttpProblem {
  const [slug, title, detail] = BY_STATUS[status] ?? [
    'client-error',
    'Client Error',
    'The request could not be processed.',
  ];
  return new HttpProblem(status, slug, title, detail);
}

const KIND = (v: unknown): string =>
  v === null
    ? 'null'
    : Array.isArray(v)
      ? 'an array'
      : typeof v === 'object'
        ? 'an object'
        : `a ${typeof v}`;

/**
 * body-parser's strict mode reports `null`, `42` or `"x"` as a parse failure although they are
 * valid JSON; say what the body is instead of calling it malformed.
 */
export function parseFailure(err: { body?: unknown }): HttpProblem {
  if (typeof err.body === 'string') {
    try {
      const value: unknown = JSON.parse(err.body);
      return new HttpProblem(
        400,
        'invalid-body',
        'Invalid request body',
        `The request body is ${KIND(value)}; it must be a JSON object.`,
      );
    } catch {
      // a real syntax error: fall through
    }
  }
  return new HttpProblem(
    400,
    'malformed-json',
    'Malformed JSON',
    'The request body is not valid JSON.',
  );
}
