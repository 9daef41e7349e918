import type { FastifyRequest } from 'fastify';
import type { Caller } from './access';
import { unauthenticated } from './problem';

/** The caller of a route whose access is not public (set by the access hook). */
export function callerOf(request: FastifyRequest): Caller {
  if (!request.caller) throw unauthenticated();
  return request.caller;
}
