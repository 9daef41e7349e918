import type { ProblemCode, ProblemIssue } from '@vitals/core';

const TITLES: Record<ProblemCode, string> = {
  validation_failed: 'The request is not valid',
  malformed_json: 'The body is not valid JSON',
  payload_too_large: 'The body is too large',
  unsupported_media_type: 'Unsupported media type',
  unauthenticated: 'Sign-in required',
  forbidden: 'Not allowed',
  csrf_failed: 'Missing or wrong CSRF token',
  not_found: 'Not found',
  conflict: 'Conflict',
  rate_limited: 'Too many requests',
  setup_required: 'Vitals is not set up yet',
  batch_rejected: 'The batch was rejected',
  internal_error: 'Internal error',
};

/** An error a service or route throws on purpose; the error handler turns it into problem+json. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    detail: string,
    readonly errors?: ProblemIssue[],
  ) {
    super(detail);
    this.name = 'HttpProblem';
  }

  get title(): string {
    return TITLES[this.code];
  }
}

export const problemTitle = (code: ProblemCode): string => TITLES[code];

export const badRequest = (detail: string, errors?: ProblemIssue[]) =>
  new HttpProblem(400, 'validation_failed', detail, errors);
export const notFound = (entity: string, id: string) =>
  new HttpProblem(404, 'not_found', `No ${entity} with id "${id}"`, [
    { pointer: '/params/id', message: `unknown ${entity}` },
  ]);
export const conflict = (detail: string, errors?: ProblemIssue[]) =>
  new HttpProblem(409, 'conflict', detail, errors);
export const forbidden = (detail: string) => new HttpProblem(403, 'forbidden', detail);
export const unauthenticated = (detail = 'Sign in or send an API token') =>
  new HttpProblem(401, 'unauthenticated', detail);
