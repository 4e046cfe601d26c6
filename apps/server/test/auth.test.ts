import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixedClock } from '../src/lib/clock.ts';
import { ADMIN_PASSWORD, createTestApp, sessionCookie, type TestApp } from './helpers/app.ts';
import { describeEachEngine } from './helpers/engines.ts';

describeEachEngine('auth', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(async () => t?.close());

  it('signs the admin in with an httpOnly SameSite cookie and answers /me', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: ADMIN_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ username: 'admin', role: 'admin' });
    const cookie = res.cookies.find((c) => c.name === 'ketluan_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: sessionCookie(res) },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().username).toBe('admin');
  });

  it('stores the password as an argon2id hash', async () => {
    const row = await t.ctx.db.kysely
      .selectFrom('users')
      .select('password_hash')
      .where('username', '=', 'admin')
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('answers 401 in the error shape for a wrong password, and for an unknown user alike', async () => {
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: 'nope-nope' },
    });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'ghost', password: 'nope-nope' },
    });
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual({
        error: {
          code: 'unauthorized',
          message: 'Tên đăng nhập hoặc mật khẩu không đúng',
          requestId: expect.any(String),
        },
      });
    }
  });

  it('rejects /me without a session and after logout', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    const cookie = await t.login('admin', ADMIN_PASSWORD);
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie },
    });
    expect(out.statusCode).toBe(200);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode,
    ).toBe(401);
  });

  it('rotates the session on a new sign-in: the old cookie stops working', async () => {
    const first = await t.login('admin', ADMIN_PASSWORD);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { cookie: first },
      payload: { username: 'admin', password: ADMIN_PASSWORD },
    });
    const second = sessionCookie(res);
    expect(second).not.toBe(first);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: first } }))
        .statusCode,
    ).toBe(401);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: second } }))
        .statusCode,
    ).toBe(200);
  });

  it('validates the body with a Vietnamese message', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: '' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
    expect(res.json().error.message).toMatch(/Dữ liệu không hợp lệ/);
  });

  it('refuses a cross-site write by its Origin', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: 'https://evil.example', host: 'localhost:3000' },
      payload: { username: 'admin', password: ADMIN_PASSWORD },
    });
    expect(res.statusCode).toBe(403);
  });
});

describeEachEngine('login throttle', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(async () => t?.close());

  const attempt = (username: string, password: string, ip = '10.0.0.1') =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: ip,
      payload: { username, password },
    });

  it('answers 429 after repeated failures for one account, even with the right password', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 6; i++)
      codes.push((await attempt('admin', `wrong-${i}`, `10.0.1.${i}`)).statusCode);
    expect(codes.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(codes[5]).toBe(429);
    const right = await attempt('admin', ADMIN_PASSWORD, '10.0.2.1');
    expect(right.statusCode).toBe(429);
    expect(right.headers['retry-after']).toBeDefined();
    expect(right.json().error.code).toBe('too_many_requests');
  });

  it('throttles unknown usernames the same way, revealing nothing', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 6; i++)
      codes.push((await attempt('nobody', `wrong-${i}`, `10.0.3.${i}`)).statusCode);
    expect(codes).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it('throttles one address trying many accounts', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 31; i++)
      codes.push((await attempt(`user${i}`, 'wrong-pw', '10.9.9.9')).statusCode);
    expect(codes.filter((c) => c === 401)).toHaveLength(30);
    expect(codes[30]).toBe(429);
  });
});

describeEachEngine('session expiry', (engine) => {
  it('ends a session after its lifetime without activity, and extends an active one', async () => {
    const clock = fixedClock('2026-01-05T01:00:00Z');
    const t = await createTestApp(engine, { KETLUAN_SESSION_HOURS: '2' }, { clock });
    try {
      const cookie = await t.login('admin', ADMIN_PASSWORD);
      const me = () => t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
      clock.set('2026-01-05T02:30:00Z'); // 1.5 h later: still valid, and extended
      expect((await me()).statusCode).toBe(200);
      clock.set('2026-01-05T04:00:00Z'); // 1.5 h after the last use
      expect((await me()).statusCode).toBe(200);
      clock.set('2026-01-05T06:01:00Z'); // more than 2 h idle
      expect((await me()).statusCode).toBe(401);
    } finally {
      await t.close();
    }
  });
});

describeEachEngine('own preferences', (engine) => {
  it('lets a user choose digest-only reminders for themselves, and nothing else', async () => {
    const t = await createTestApp(engine);
    try {
      const cookie = await t.login('admin', ADMIN_PASSWORD);
      const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
      expect(me.json().digestOnly).toBe(false);
      const set = await t.app.inject({
        method: 'PATCH',
        url: '/api/auth/me',
        headers: { cookie },
        payload: { digestOnly: true },
      });
      expect(set.statusCode).toBe(200);
      expect(set.json().digestOnly).toBe(true);
      const row = await t.ctx.db.kysely
        .selectFrom('users')
        .select('digest_only')
        .where('username', '=', 'admin')
        .executeTakeFirstOrThrow();
      expect(row.digest_only).toBe(1);
      const sneaky = await t.app.inject({
        method: 'PATCH',
        url: '/api/auth/me',
        headers: { cookie },
        payload: { role: 'viewer' },
      });
      expect(sneaky.statusCode).toBe(200);
      expect(sneaky.json().role).toBe('admin');
      expect(
        (
          await t.app.inject({
            method: 'PATCH',
            url: '/api/auth/me',
            payload: { digestOnly: false },
          })
        ).statusCode,
      ).toBe(401);
    } finally {
      await t.close();
    }
  });
});
