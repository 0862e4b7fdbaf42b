// Request ids: a client's X-Request-Id is kept only when it cannot carry a person. Anything else
// (a personal identity number, a name, free text) is replaced by a generated UUID, because the id
// is echoed in the answer and written on every log line.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
/** A "UUID" that starts like a personal identity number (YYYYMMDD-NNNN) is not taken as one. */
const PNR_PREFIX = /^[0-9]{8}-[0-9]{4}-/;
const TOKEN = /^[A-Za-z0-9._-]{1,64}$/;
/** Six digits in a row could be a date of birth or part of a personal identity number. */
const DIGIT_RUN = /[0-9]{6}/;
/** Tracing ids carry digits; a token of letters only ("Anna.Svensson") is name-shaped. */
const HAS_DIGIT = /[0-9]/;

export function isSafeRequestId(id: string): boolean {
  if (UUID.test(id)) return !PNR_PREFIX.test(id);
  return TOKEN.test(id) && HAS_DIGIT.test(id) && !DIGIT_RUN.test(id.replace(/[._-]/g, ''));
}

/** The id for this request (the client's when safe), announced in the X-Request-Id header. */
export function requestId(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && isSafeRequestId(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', id);
  return id;
}
