import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ADMIN_PASSWORD, createTestApp, type TestApp } from './helpers/app.ts';
import { describeEachEngine } from './helpers/engines.ts';

describeEachEngine('http basics', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(async () => t?.close());

  it('GET /healthz → 200 {status: ok} with a request id', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
    expect(res.headers['x-request-id']).toBeTruthy();
  });

  it('answers an unknown route with 404 in the error shape', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('route_not_found');
  });

  it('answers malformed JSON with 400 invalid_json, not 500', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('invalid_json');
  });

  it('serves a valid OpenAPI 3 document that lists every route', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    const validation = await new Validator().validate(doc);
    expect(validation.errors ?? []).toEqual([]);
    expect(validation.valid).toBe(true);
    expect(doc.info.title).toBe('ketluan API');
    const documented = new Set<string>();
    for (const [path, ops] of Object.entries<Record<string, unknown>>(doc.paths)) {
      for (const method of Object.keys(ops)) documented.add(`${method.toUpperCase()} ${path}`);
    }
    for (const r of [
      'GET /healthz',
      'POST /api/auth/login',
      'POST /api/auth/logout',
      'GET /api/auth/me',
      'POST /api/users',
      'GET /api/orgs',
      'GET /api/orgs/{id}',
    ]) {
      expect(documented).toContain(r);
    }
    expect(
      doc.paths['/api/auth/login'].post.requestBody.content['application/json'].schema.required,
    ).toEqual(['username', 'password']);
  });

  it('serves the browsable docs at /api/docs', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/swagger/i);
  });

  it('lets an admin create a user who can then sign in; duplicates get 409', async () => {
    const cookie = await t.login('admin', ADMIN_PASSWORD);
    const org = (
      await t.app.inject({ method: 'GET', url: '/api/orgs?q=so giao duc', headers: { cookie } })
    ).json().items[0];
    const body = {
      username: 'gddt1',
      password: 'password-123',
      name: 'Nguyễn Văn A',
      role: 'agency',
      orgId: org.id,
      email: 'a@example.vn',
    };
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie },
      payload: body,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      username: 'gddt1',
      role: 'agency',
      orgId: org.id,
      email: 'a@example.vn',
    });
    expect(created.body).not.toMatch(/password/);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie },
      payload: body,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('username_taken');
    const agency = await t.login('gddt1', 'password-123');
    const me = (
      await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: agency } })
    ).json();
    expect(me.orgName).toBe('Sở Giáo dục và Đào tạo');
    const forbidden = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: agency },
      payload: { ...body, username: 'x-user' },
    });
    expect(forbidden.statusCode).toBe(403);
  });

  it('records every write in a hash chain that verifies', async () => {
    const result = await t.ctx.services.audit.verifyChain(t.ctx.db.kysely);
    expect(result.ok).toBe(true);
    expect(result.checked).toBeGreaterThanOrEqual(2); // org seed, admin
    const last = await t.ctx.db.kysely
      .selectFrom('audit_log')
      .select('seq')
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    await t.ctx.db.kysely
      .updateTable('audit_log')
      .set({ after: '{"tampered":true}' })
      .where('seq', '=', 1)
      .execute();
    const broken = await t.ctx.services.audit.verifyChain(t.ctx.db.kysely);
    expect(broken).toEqual({ ok: false, checked: 0, brokenAt: 1 });
    expect(last.seq).toBeGreaterThan(1);
  });
});
