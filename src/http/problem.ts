// RFC 9457 problem details. Every error response is built here and sent by the central handler.
import { boundErrors, clip } from './problem-bounds.js';
import type { Problem as ProblemAnswer } from '../catalogue/generated/api/common.js';

/** The answer's shape is the contract's (schemas/api/common.schema.json, `Problem`). */
export type ProblemDetails = ProblemAnswer;

const TYPE_BASE = 'https://insatsguiden.stockholm.example/problems/';

export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly slug: string,
    readonly title: string,
    readonly detail: string,
    readonly extra: Partial<ProblemDetails> = {},
  ) {
    super(detail);
    this.name = 'HttpProblem';
  }

  toJSON(instance?: string): ProblemDetails {
    return {
      type: TYPE_BASE + this.slug,
      title: this.title,
      status: this.status,
      detail: this.detail,
      ...(instance ? { instance: clip(instance, 200) } : {}),
      ...this.extra,
      ...(this.extra.errors ? boundErrors(this.extra.errors) : {}),
    };
  }
}

export const notFound = (detail: string) => new HttpProblem(404, 'not-found', 'Not Found', detail);
export const badRequest = (
  slug: string,
  title: string,
  detail: string,
  extra: Partial<ProblemDetails> = {},
) => new HttpProblem(400, slug, title, detail, extra);

/** The one 404 for "no such route" (and for the admin API when it is off: nothing to learn there). */
export const nothingHere = () => notFound('Nothing is served at this method and path.');
