import type { FastifyReply, FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'vitals_session';

/** httpOnly so scripts never see it; SameSite=Strict so other sites cannot ride it. */
export function setSessionCookie(
  reply: FastifyReply,
  request: FastifyRequest,
  secret: string,
  expiresAt: string,
): void {
  reply.setCookie(SESSION_COOKIE, secret, {
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
    path: '/',
    expires: new Date(expiresAt),
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
