/**
 * HTTP hardening on both engines: security headers and the Content Security Policy, Secure
 * cookies and HSTS behind TLS only, the Origin check (including `Origin: null`), the session
 * token kept hashed, NUL characters and values the database refuses turned into 400s that
 * change nothing, and router errors in the one error shape.
 */
import { createHash } from 'node:crypto';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { contentSecurityPolicy, logSerializers, redactUrl } from '../src/http/security.ts';
import { ADMIN_PASSWORD, createTestApp, type TestApp } from './helpers/app.ts';
import { seedText } from './helpers/authz-world.ts';
import { snapshotter } from './helpers/db-snapshot.ts';
import { createTestContext, describeEachEngine } from './helpers/engines.ts';
import { call, makeUser, type TestUser } from './helpers/factories.ts';

const CSP =
  "default-src 'self';base-uri 'self';script-src 'self';script-src-attr 'none';" +
  "style-src 'self' 'unsafe-inline';img-src 'self' data: blob:;font-src 'self' data:;" +
  "connect-src 'self';object-src 'none';frame-ancestors 'none';form-action 'self'";

describeEachEngine('security headers and requests', (engine) => {
  let t: TestApp;
  let office: TestUser;
  beforeAll(async () => {
    t = await createTestApp(engine);
    office = await makeUser(t, 'office', 'Văn phòng Ủy ban nhân dân tỉnh');
  });
  afterAll(async () => t?.close());

  it('sends the strict CSP and the other headers on API, docs, public and error answers', async () => {
    for (const url of ['/healthz', '/api/tasks', '/api/docs/', '/public/announcements', '/x']) {
      const res = await t.app.inject({ url, headers: { accept: 'text/html' } });
      expect(res.headers['content-security-policy'], url).toBe(CSP);
      expect(res.headers['x-frame-options'], url).toBe('DENY');
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['referrer-policy'], url).toBe('same-origin');
      expect(res.headers['strict-transport-security'], url).toBeUndefined();
    }
  });

  it('without TLS the session cookie is not Secure', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: ADMIN_PASSWORD },
    });
    const c = res.cookies.find((x) => x.name === 'ketluan_session')!;
    expect(c).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(c.secure).toBeFalsy();
  });

  it('keeps only the SHA-256 of the session token in the database', async () => {
    const token = office.cookie.split('=')[1]!;
    const ids = (await t.ctx.db.kysely.selectFrom('sessions').select('id').execute()).map(
      (r) => r.id,
    );
    expect(ids).toContain(createHash('sha256').update(token).digest('hex'));
    expect(ids).not.toContain(token);
  });

  it('refuses writes from another origin, from Origin: null and from a foreign Referer', async () => {
    const write = (headers: Record<string, string>) =>
      t.app.inject({
        method: 'POST',
        url: '/api/meetings',
        headers: { cookie: office.cookie, host: 'ketluan.local', ...headers },
        payload: { title: 'Họp' },
      });
    expect((await write({ origin: 'https://evil.example' })).statusCode).toBe(403);
    expect((await write({ origin: 'null' })).statusCode).toBe(403);
    expect((await write({ referer: 'https://evil.example/page' })).statusCode).toBe(403);
    expect((await write({ origin: 'not a url' })).statusCode).toBe(403);
    expect((await write({ origin: 'http://ketluan.local' })).statusCode).toBe(201);
    expect((await write({})).statusCode).toBe(201);
  });

  it('refuses NUL characters anywhere with 400 and changes nothing', async () => {
    const snapshot = await snapshotter(t.ctx.db.kysely);
    const before = await snapshot();
    const cases = [
      call(t, office, 'POST', '/api/meetings', { title: 'Họp\u0000' }),
      call(t, office, 'POST', '/api/imports', { text: `${seedText()}\u0000` }),
      call(t, office, 'GET', '/api/tasks?q=a%00b'),
      call(t, office, 'GET', '/api/tasks/a%00b'),
    ];
    for (const r of await Promise.all(cases)) {
      expect(r.status, JSON.stringify(r.body)).toBe(400);
      expect(r.body.error.code).toBe('invalid_characters');
    }
    expect(await snapshot()).toEqual(before);
  });

  it('answers a version beyond the database’s integer range without a 500', async () => {
    const draft = await call(t, office, 'POST', '/api/imports', { text: seedText() });
    const r = await call(t, office, 'POST', `/api/imports/${draft.body.id}/discard`, {
      version: 2 ** 40,
    });
    // The contract bounds versions to the database's integer range: the same 400 on both.
    expect(r.status, JSON.stringify(r.body)).toBe(400);
    expect(r.body.error.code).toBe('validation_failed');
  });

  it('answers an undecodable URL and an over-long path segment in the error shape', async () => {
    const bad = await t.app.inject({ url: '/api/tasks/%zz' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'bad_url', requestId: expect.any(String) });
    expect(bad.body).not.toContain('%zz');
    const long = await t.app.inject({
      method: 'POST',
      url: `/api/tasks/${'x'.repeat(500)}/events`,
    });
    expect(long.statusCode).toBe(414);
    expect(long.json().error.code).toBe('uri_too_long');
  });

  it('refuses malformed multipart bodies on every upload route with a 4xx', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
    // Upload routes are found by asking: an empty multipart body makes them say file_required.
    // (The OpenAPI document does not describe multipart bodies.)
    const post = (url: string, type: string, payload: string) =>
      t.app.inject({
        method: 'POST',
        url,
        headers: { cookie: office.cookie, 'content-type': type },
        payload,
      });
    const uploads: { method: string; path: string }[] = [];
    const candidates = Object.keys(doc.paths).filter(
      (p) => doc.paths[p].post && !p.includes('{') && !p.startsWith('/api/auth/'),
    );
    for (const path of candidates) {
      const r = await post(path, 'multipart/form-data; boundary=x', '--x--\r\n');
      if (r.json().error?.code === 'file_required') uploads.push({ method: 'POST', path });
    }
    expect(uploads.length).toBeGreaterThanOrEqual(4);
    const cut =
      '--x\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4';
    const bodies: [string, string, string][] = [
      ['multipart/form-data', cut, 'invalid_multipart'],
      ['multipart/form-data; boundary=x', cut, 'incomplete_body'],
    ];
    for (const { method, path } of uploads) {
      for (const [type, payload, code] of bodies) {
        const r = await t.app.inject({
          method: method as 'POST',
          url: path,
          headers: { cookie: office.cookie, 'content-type': type },
          payload,
        });
        expect(r.statusCode, `${path} ${type}: ${r.body}`).toBe(400);
        expect(r.json().error.code).toBe(code);
      }
    }
  });

  it('lets nobody raise their own role or change their org through their profile', async () => {
    const agency = await makeUser(t, 'agency', 'Sở Y tế');
    const r = await call(t, agency, 'PATCH', '/api/auth/me', {
      digestOnly: true,
      role: 'admin',
      orgId: office.orgId,
      username: 'admin',
    });
    expect(r.status).toBeLessThan(500);
    const me = await call(t, agency, 'GET', '/api/auth/me');
    expect(me.body).toMatchObject({
      role: 'agency',
      orgId: agency.orgId,
      username: agency.username,
    });
    expect((await call(t, agency, 'GET', '/api/users')).status).toBe(403);
  });

  it('refuses a large body at sign-in before parsing it', async () => {
    const r = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: 'x'.repeat(100_000) },
    });
    expect(r.statusCode).toBe(413);
    expect(r.json().error.code).toBe('payload_too_large');
  });

  it('refuses a body with a __proto__ key', async () => {
    const r = await t.app.inject({
      method: 'POST',
      url: '/api/meetings',
      headers: { cookie: office.cookie, 'content-type': 'application/json' },
      payload: '{"title":"Họp","__proto__":{"role":"admin"}}',
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.code).toBeTypeOf('string');
  });
});

describe('request logs', () => {
  it('never carry the calendar feed token, and the app logs requests through that serializer', async () => {
    const token = 'A'.repeat(43);
    expect(redactUrl(`/ical/${token}.ics?x=1`)).toBe('/ical/[redacted].ics?x=1');
    const line = logSerializers.req({ method: 'GET', url: `/ical/${token}.ics`, ip: '127.0.0.1' });
    expect(JSON.stringify(line)).not.toContain(token);
    const ctx = await createTestContext('sqlite', { LOG_LEVEL: 'silent' });
    try {
      const app = await buildApp(ctx);
      const serializers = (app.log as unknown as Record<symbol, { req?: unknown }>)[
        pino.symbols.serializersSym
      ];
      expect(serializers?.req).toBe(logSerializers.req);
      await app.close();
    } finally {
      await ctx.dispose();
    }
  });
});

describe('behind a TLS proxy (KETLUAN_TRUST_PROXY=true)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite', { KETLUAN_TRUST_PROXY: 'true' });
  });
  afterAll(async () => t?.close());

  it('marks the session cookie Secure, sends HSTS and upgrades insecure requests', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-forwarded-proto': 'https' },
      payload: { username: 'admin', password: ADMIN_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    expect(res.cookies.find((c) => c.name === 'ketluan_session')?.secure).toBe(true);
    expect(res.headers['strict-transport-security']).toMatch(/max-age=31536000/);
    expect(res.headers['content-security-policy']).toContain('upgrade-insecure-requests');
    expect(Object.keys(contentSecurityPolicy(true))).toContain('upgrade-insecure-requests');
  });
});
