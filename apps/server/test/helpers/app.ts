/**
 * An app on a fresh database of one engine, driven through `app.inject()` (no socket).
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { bootstrap, type ContextOptions } from '../../src/context.ts';
import { createTestContext, type EngineName, type TestContext } from './engines.ts';

export const ADMIN_PASSWORD = 'admin-secret-1';

export interface TestApp {
  app: FastifyInstance;
  ctx: TestContext;
  /** Signs in and returns the session cookie header value. */
  login(username: string, password: string): Promise<string>;
  close(): Promise<void>;
}

export async function createTestApp(
  engine: EngineName,
  env: Record<string, string> = {},
  options: ContextOptions = {},
): Promise<TestApp> {
  const ctx = await createTestContext(
    engine,
    { KETLUAN_ADMIN_PASSWORD: ADMIN_PASSWORD, ...env },
    options,
  );
  await bootstrap(ctx);
  const app = await buildApp(ctx, { logger: false });
  return {
    app,
    ctx,
    async login(username, password) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password },
      });
      if (res.statusCode !== 200)
        throw new Error(`login ${username} → ${res.statusCode} ${res.body}`);
      return sessionCookie(res);
    },
    async close() {
      await app.close();
      await ctx.dispose();
    },
  };
}

/** `name=value` of the session cookie a response set. */
export function sessionCookie(res: LightMyRequestResponse): string {
  const c = res.cookies.find((x) => x.name === 'ketluan_session');
  if (!c) throw new Error('no session cookie set');
  return `${c.name}=${c.value}`;
}
