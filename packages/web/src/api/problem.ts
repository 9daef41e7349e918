import { problemSchema, type Problem, type ProblemIssue } from '@vitals/core';
import type { z } from 'zod';

/**
 * A failed API call. `problem` is the server's RFC 9457 answer when it sent one; `fields` maps each
 * named field (the pointer without `/body/`, e.g. `workspace/timeZone`) to what is wrong with it,
 * so forms can show the message next to the input.
 */
export class ApiError extends Error {
  readonly fields: Readonly<Record<string, string>>;

  constructor(
    readonly status: number,
    message: string,
    readonly problem: Problem | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
    this.fields = fieldsOf(problem?.errors ?? []);
  }

  get code(): string | undefined {
    return this.problem?.code;
  }
}

/** `/body/workspace/timeZone` → `workspace/timeZone`; the first message per field wins. */
export function fieldsOf(issues: readonly ProblemIssue[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const field = issue.pointer.replace(/^\/(body|query|querystring|params)\/?/, '');
    if (field && !(field in fields)) fields[field] = issue.message;
  }
  return fields;
}

/** Turns an error answer into an ApiError, reading problem+json when the server sent it. */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy's HTML page, an empty body): fall back to the status text.
  }
  const parsed = problemSchema.safeParse(body);
  if (parsed.success) return new ApiError(response.status, parsed.data.detail, parsed.data);
  return new ApiError(
    response.status,
    `The server answered ${response.status} ${response.statusText}`.trim(),
  );
}

/**
 * The same shape for problems found before sending: a zod error of the request body becomes an
 * ApiError whose fields use the server's pointers, so a form shows both the same way.
 */
export function errorFromZod(error: z.ZodError): ApiError {
  const errors = error.issues.map((issue) => ({
    pointer: `/body/${issue.path.map(String).join('/')}`,
    message: issue.message,
  }));
  const problem: Problem = {
    type: '/api/problems/validation_failed',
    title: 'The request is not valid',
    status: 400,
    code: 'validation_failed',
    detail: 'Some fields need attention',
    errors,
  };
  return new ApiError(400, problem.detail, problem);
}
