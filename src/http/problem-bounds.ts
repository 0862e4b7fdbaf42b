// Error answers stay bounded whatever the request holds: at most MAX_ERRORS field problems plus a
// count of the rest, and names echoed from the request cut short. Without this a 32 kB body with
// many bad items produced a 3 MB answer (every item and key listed, each with its allowed values).
import type { FieldError } from '../validate/field-errors.js';

export const MAX_ERRORS = 20;
/** Longest field name or message echoed back; a client-chosen key can be 32 kB long. */
const MAX_ECHO = 120;

/** One field problem of an answer (ProblemDetails.errors). */
export type { FieldError };

export function clip(s: string, max = MAX_ECHO): string {
  const chars = [...s];
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join('')}…`;
}

/** The first MAX_ERRORS problems (names clipped) and how many more there were. */
export function boundErrors(errors: FieldError[]): { errors: FieldError[]; moreErrors?: number } {
  const shown = errors.slice(0, MAX_ERRORS).map((e) => ({
    ...e,
    field: clip(e.field),
    message: clip(e.message),
  }));
  const more = errors.length - shown.length;
  return more > 0 ? { errors: shown, moreErrors: more } : { errors: shown };
}

/** "a, b, c and 12 more" for a problem's detail line. */
export function fieldList(errors: { field: string }[], max = 5): string {
  const names = errors.slice(0, max).map((e) => clip(e.field, 40));
  const more = errors.length - names.length;
  return more > 0 ? `${names.join(', ')} and ${more} more` : names.join(', ');
}
