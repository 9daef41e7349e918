import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { ProblemCode } from '@vitals/core';

export interface ExpectedProblem {
  status: number;
  code: ProblemCode;
  /** The field at fault: one of the answer's `errors` must name it. */
  pointer?: string;
  /** Text the detail or the named field's message must hold. */
  says?: string;
}

/**
 * Asserts an answer is the problem+json expected, naming the field at fault.
 * @example expectProblem(res, { status: 409, code: 'conflict', pointer: '/body/key' }, 'taken key')
 */
export function expectProblem(
  res: LightMyRequestResponse,
  expected: ExpectedProblem,
  what = `${expected.status} ${expected.code}`,
): void {
  expect(res.statusCode, `${what}: ${res.body}`).toBe(expected.status);
  expect(res.headers['content-type'], what).toContain('application/problem+json');
  const problem = res.json<{
    code: string;
    detail: string;
    errors?: { pointer: string; message: string }[];
  }>();
  expect(problem.code, `${what}: ${res.body}`).toBe(expected.code);
  const issue = expected.pointer
    ? problem.errors?.find((e) => e.pointer === expected.pointer)
    : undefined;
  if (expected.pointer) expect(issue, `${what}: ${res.body}`).toBeDefined();
  if (expected.says) {
    expect(`${problem.detail} | ${issue?.message ?? ''}`, `${what}: ${res.body}`).toContain(
      expected.says,
    );
  }
}
