/**
 * Authorisation coverage on both engines: every route of the OpenAPI document must have a
 * line in the role × org matrix (helpers/authz-table.ts), and each line is played for the
 * seven principals — nobody, admin, office, leader, viewer, the agency that owns the
 * fixtures, and an agency concerned by nothing. Cross-agency access to a record is 404, and
 * no answer to the unconcerned agency ever carries an id of the owner's records.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { REQUESTS } from './helpers/authz-requests.ts';
import { BY_SECRET, EXPECTED, RESETS_SESSIONS, SHARED } from './helpers/authz-table.ts';
import { as, buildWorld, PRINCIPALS, type World } from './helpers/authz-world.ts';
import { describeEachEngine } from './helpers/engines.ts';
import { documentedRoutes } from './helpers/openapi.ts';

const isRecordRoute = (route: string) => /\{[^}]+\}/.test(route);

describeEachEngine('authorisation matrix', (engine) => {
  let t: TestApp;
  let w: World;
  let documented: string[] = [];

  beforeAll(async () => {
    t = await createTestApp(engine);
    w = await buildWorld(t);
    documented = documentedRoutes((await t.app.inject({ url: '/api/openapi.json' })).json());
  }, 120_000);
  afterAll(async () => t?.close());

  it('has a line and a request for every documented route, and none for a removed one', () => {
    const missing = documented.filter((r) => !EXPECTED[r] || !REQUESTS[r]);
    expect(missing, 'routes without a role × org test: add them to authz-table.ts').toEqual([]);
    const stale = Object.keys(EXPECTED).filter((r) => !documented.includes(r));
    expect(stale, 'lines for routes that no longer exist').toEqual([]);
    expect(Object.keys(REQUESTS).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it('expects 404, never 403 or 200, of another agency where the owner may act on a record', () => {
    for (const [route, e] of Object.entries(EXPECTED)) {
      if (!isRecordRoute(route) || SHARED.has(route) || e.owner >= 300) continue;
      expect(e.other, route).toBe(404);
    }
  });

  it('expects 401 of anonymous callers everywhere but the public routes', () => {
    const open = new Set(['GET /healthz', 'POST /api/auth/login', 'POST /api/auth/logout']);
    for (const [route, e] of Object.entries(EXPECTED)) {
      if (open.has(route) || /^GET \/(public|ical)\//.test(route)) continue;
      expect(e.anon, route).toBe(401);
    }
  });

  for (const route of Object.keys(EXPECTED)) {
    const line = PRINCIPALS.map((p) => `${p} ${EXPECTED[route]![p]}`).join(', ');
    it(`${route}: ${line}`, async () => {
      const method = route.split(' ')[0]!;
      const got: Record<string, number> = {};
      for (const who of PRINCIPALS) {
        const req = await REQUESTS[route]!(w, who);
        const res = await as(w, who, method, req.url, req.payload, req.headers);
        got[who] = res.statusCode;
        const expected = EXPECTED[route]![who];
        expect(res.statusCode, `${route} as ${who}: ${res.body.slice(0, 300)}`).toBe(expected);
        if (res.statusCode === 404 && String(res.headers['content-type']).includes('json')) {
          expect(res.json().error.code).toBe('not_found');
        }
        if ((who === 'other' || who === 'anon') && !BY_SECRET.has(route)) {
          for (const id of w.privateIds) expect(res.body, `${route} leaks ${id}`).not.toContain(id);
        }
        if (RESETS_SESSIONS.has(route) && who !== 'anon') await w.relogin(who);
      }
    });
  }
});
