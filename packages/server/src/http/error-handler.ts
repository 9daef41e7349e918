import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { Problem, ProblemCode, ProblemIssue } from '@vitals/core';
import { HttpProblem, problemTitle } from './problem';

function send(
  reply: FastifyReply,
  request: FastifyRequest,
  status: number,
  code: ProblemCode,
  detail: string,
  errors?: ProblemIssue[],
) {
  const body: Problem = {
    type: `/api/problems/${code}`,
    title: problemTitle(code),
    status,
    code,
    detail,
    instance: request.url,
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
  return reply.status(status).type('application/problem+json').send(body);
}

/** Every error leaves as RFC 9457 problem+json with a stable code and, where known, the field at fault. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HttpProblem) {
      return send(reply, request, error.status, error.code, error.message, error.errors);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? 'body';
      const errors = error.validation.map((issue) => ({
        pointer: `/${where}${issue.instancePath === '/' ? '' : issue.instancePath}`,
        message: issue.message ?? 'is not valid',
      }));
      const first = errors[0];
      const detail = first ? `${first.pointer}: ${first.message}` : 'The request is not valid';
      return send(reply, request, 400, 'validation_failed', detail, errors);
    }
    switch (error.code) {
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return send(reply, request, 400, 'malformed_json', error.message);
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return send(reply, request, 413, 'payload_too_large', error.message);
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return send(reply, request, 415, 'unsupported_media_type', error.message);
    }
    if (error instanceof SyntaxError && error.statusCode === 400) {
      return send(reply, request, 400, 'malformed_json', error.message);
    }
    if (error.statusCode === 429) {
      return send(reply, request, 429, 'rate_limited', error.message);
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return send(reply, request, error.statusCode, 'validation_failed', error.message);
    }
    request.log.error({ err: error }, 'unhandled error');
    return send(reply, request, 500, 'internal_error', 'Something went wrong on the server');
  });

  app.setNotFoundHandler((request, reply) =>
    send(reply, request, 404, 'not_found', `No route ${request.method} ${request.url}`),
  );
}
