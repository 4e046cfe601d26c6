import { ErrorBody, LoginBody, Me, Ok, UpdateMeBody } from '@ketluan/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentUser, requireRole, SESSION_COOKIE } from '../../http/auth-hooks.ts';
import type { OrgsService } from '../orgs/orgs.service.ts';
import type { UsersService } from '../users/users.service.ts';
import type { AuthService } from './auth.service.ts';

export interface AuthRouteDeps {
  auth: AuthService;
  users: UsersService;
  orgs: OrgsService;
  secureCookies: boolean;
}

export const authRoutes =
  (deps: AuthRouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const errors = { 400: ErrorBody, 401: ErrorBody, 429: ErrorBody };

    app.post(
      '/api/auth/login',
      {
        // Parsed before anyone is signed in: keep anonymous bodies small.
        bodyLimit: 16_384,
        schema: {
          tags: ['auth'],
          summary: 'Đăng nhập: mở phiên, đặt cookie phiên (httpOnly, SameSite=Lax)',
          body: LoginBody,
          response: { 200: Me, ...errors },
        },
      },
      async (req, reply) => {
        const old = req.user;
        const session = await deps.auth.login({
          username: req.body.username,
          password: req.body.password,
          ip: req.ip,
          userAgent: req.headers['user-agent'],
        });
        if (old) await deps.auth.logout(old.sessionId); // rotate: the old session ends
        reply.setCookie(SESSION_COOKIE, session.token, {
          httpOnly: true,
          sameSite: 'lax',
          secure: deps.secureCookies,
          path: '/',
          expires: session.expiresAt,
        });
        return presentMe(deps, await deps.users.get(session.userId));
      },
    );

    app.post(
      '/api/auth/logout',
      { bodyLimit: 1024, schema: { tags: ['auth'], summary: 'Đăng xuất', response: { 200: Ok } } },
      async (req, reply) => {
        if (req.user) await deps.auth.logout(req.user.sessionId);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return { ok: true as const };
      },
    );

    app.get(
      '/api/auth/me',
      {
        preHandler: requireRole(),
        schema: {
          tags: ['auth'],
          summary: 'Người dùng đang đăng nhập',
          response: { 200: Me, 401: ErrorBody },
        },
      },
      async (req) => presentMe(deps, await deps.users.get(currentUser(req).id)),
    );

    app.patch(
      '/api/auth/me',
      {
        preHandler: requireRole(),
        schema: {
          tags: ['auth'],
          summary: 'Đổi tùy chọn của chính mình (chỉ nhận thư tổng hợp)',
          body: UpdateMeBody,
          response: { 200: Me, 400: ErrorBody, 401: ErrorBody },
        },
      },
      async (req) => {
        const user = currentUser(req);
        await deps.users.updatePreferences({ user, requestId: req.id }, req.body);
        return presentMe(deps, await deps.users.get(user.id));
      },
    );
  };

async function presentMe(
  deps: AuthRouteDeps,
  u: Awaited<ReturnType<UsersService['get']>>,
): Promise<Me> {
  const org = u.org_id ? await deps.orgs.get(u.org_id) : null;
  return {
    id: u.id,
    username: u.username,
    name: u.name,
    email: u.email,
    role: u.role as Me['role'],
    orgId: u.org_id,
    orgName: org?.name ?? null,
    digestOnly: u.digest_only === 1,
  };
}
