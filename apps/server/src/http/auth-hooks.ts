/**
 * Resolves the session cookie to `req.user` on every request, and the guards routes use.
 * Authorisation of records (which agency sees what) is the services' job; these guards only
 * say who may call a route at all.
 * @module
 */
import type { Role } from '@ketluan/contracts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { forbidden, unauthorized } from '../errors.ts';
import type { AuthService, SessionUser } from '../modules/auth/auth.service.ts';

export const SESSION_COOKIE = 'ketluan_session';

declare module 'fastify' {
  interface FastifyRequest {
    user: SessionUser | null;
  }
}

export function registerAuthHooks(app: FastifyInstance, auth: AuthService): void {
  app.decorateRequest('user', null);
  app.addHook('onRequest', async (req) => {
    const token = req.cookies[SESSION_COOKIE];
    req.user = token ? await auth.authenticate(token) : null;
  });
}

/** A preHandler that lets only signed-in users with one of `roles` (any role if empty). */
export function requireRole(...roles: Role[]) {
  return async (req: FastifyRequest, _reply: FastifyReply) => {
    if (!req.user) throw unauthorized();
    if (roles.length > 0 && !roles.includes(req.user.role)) throw forbidden();
  };
}

/** The signed-in user of a request guarded by `requireRole`. */
export function currentUser(req: FastifyRequest): SessionUser {
  if (!req.user) throw unauthorized();
  return req.user;
}
