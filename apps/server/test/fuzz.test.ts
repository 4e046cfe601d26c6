/**
 * Fuzzing every route of the OpenAPI document on both engines: random and malformed JSON,
 * huge strings, SQL and HTML injection, spreadsheet formulas, odd Unicode (combining marks,
 * RTL, NUL, lone surrogates) in bodies, path parameters and query strings, as an admin, an
 * office user, an agency and nobody. Whatever comes in: no 5xx, no stack trace or database
 * error text in the answer, the one JSON error shape on /api, and a refused request (or any
 * GET) leaves the database exactly as it was — row counts, versions and the audit log.
 *
 * Deterministic by default; FUZZ_SEED=<n> explores other inputs, FUZZ_RUNS=<n> scales up.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { as, buildWorld, type World } from './helpers/authz-world.ts';
import { type Snapshot, snapshotter } from './helpers/db-snapshot.ts';
import { describeEachEngine } from './helpers/engines.ts';
import {
  encodePart,
  fromSchema,
  hostileString,
  type JsonSchema,
  queryValue,
  rawBodies,
} from './helpers/fuzz-arbitraries.ts';
import { loadOpenApi } from './helpers/openapi.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20_210_627);
const RUNS = Number(process.env.FUZZ_RUNS ?? 12);

/** One operation of the OpenAPI document, with what fuzzing it needs. */
interface Operation {
  method: string;
  path: string;
  params: { name: string; in: string; schema?: JsonSchema }[];
  body?: JsonSchema;
}

/** What no answer may contain: a stack frame, a source path, a database error. */
const LEAK =
  /\n\s+at\s|node_modules|\/src\/[\w/.-]+\.ts|SQLITE_|sqlite3|relation "|syntax error at/i;

/** The fixture record a path parameter most likely names, by the route's first segments. */
function fixtureFor(w: World, path: string): string | undefined {
  const table: [RegExp, string][] = [
    [/^\/api\/tasks\//, w.taskId],
    [/^\/api\/meetings\//, w.meetingId],
    [/^\/api\/items\//, w.itemId],
    [/^\/api\/dossiers\//, w.dossierId],
    [/^\/api\/announcements\//, w.announcementId],
    [/^\/public\/announcements\//, w.publicAnnouncementId],
    [/^\/api\/imports\//, w.importId],
    [/^\/api\/files\//, w.fileSha],
    [/^\/api\/orgs\//, w.ownerOrgId],
    [/^\/api\/holidays\//, '2025'],
  ];
  return table.find(([re]) => re.test(path))?.[1];
}

const OPERATIONS: Operation[] = Object.entries((await loadOpenApi()).paths).flatMap(([path, ops]) =>
  Object.entries(ops).map(([method, op]) => ({
    method: method.toUpperCase(),
    path,
    params: op.parameters ?? [],
    body: op.requestBody?.content?.['application/json']?.schema,
  })),
);

describeEachEngine('fuzz', (engine) => {
  let t: TestApp;
  let w: World;
  let snapshot: () => Promise<Snapshot>;
  let ids: string[] = [];
  const stats = { requests: 0, refused: 0, serverErrors: 0 };

  beforeAll(async () => {
    t = await createTestApp(engine);
    w = await buildWorld(t);
    snapshot = await snapshotter(t.ctx.db.kysely);
    ids = [w.taskId, w.meetingId, w.itemId, w.ownerOrgId, w.otherOrgId, w.announcementId];
  }, 120_000);
  afterAll(async () => {
    console.info(
      `[${engine}] fuzz: ${stats.requests} requests, ${stats.refused} refused, ` +
        `${stats.serverErrors} answered 5xx, ${OPERATIONS.length} routes`,
    );
    await t?.close();
  });

  /** A request to `op`: path params, query and body drawn from the arbitraries. */
  function requestFor(op: Operation) {
    const pathParams = op.params.filter((p) => p.in === 'path');
    const queryParams = op.params.filter((p) => p.in === 'query');
    const fixture = fixtureFor(w, op.path);
    const param = fc.oneof(
      { weight: 2, arbitrary: fc.constant(fixture ?? 'x') },
      { weight: 2, arbitrary: hostileString().map((s) => encodePart(s.slice(0, 5000))) },
      { weight: 1, arbitrary: fc.constantFrom('%', '%zz', '%00', '..%2f..', '%C0%AE') },
    );
    const query = fc.array(
      fc.tuple(
        fc.oneof(fc.constantFrom(...queryParams.map((p) => p.name), 'x'), fc.constant('limit')),
        fc.nat({ max: queryParams.length }).chain((i) => queryValue(queryParams[i]?.schema, ids)),
      ),
      { maxLength: 4 },
    );
    const body = op.body
      ? fc.oneof(
          { weight: 3, arbitrary: fromSchema(op.body, ids).map((v) => ({ json: v })) },
          { weight: 1, arbitrary: rawBodies().map((raw) => ({ raw })) },
        )
      : fc.oneof(
          fc.constant(undefined),
          rawBodies().map((raw) => ({ raw })),
        );
    return fc.record({
      who: fc.constantFrom('admin', 'office', 'owner', 'anon') as fc.Arbitrary<
        'admin' | 'office' | 'owner' | 'anon'
      >,
      params: fc.array(param, { minLength: pathParams.length, maxLength: pathParams.length }),
      query,
      body,
    });
  }

  /** Sends one fuzzed request and checks what must always hold. */
  async function check(op: Operation, r: any) {
    let url = op.path;
    for (const [i, p] of op.params.filter((x) => x.in === 'path').entries()) {
      url = url.replace(`{${p.name}}`, r.params[i]);
    }
    if (r.query.length) url += `?${r.query.map(([k, v]: string[]) => `${k}=${v}`).join('&')}`;
    // Signing out would end the fuzzer's own session: that route is fuzzed anonymously.
    const who = op.path === '/api/auth/logout' ? 'anon' : r.who;
    const headers: Record<string, string> = {};
    let payload: unknown;
    if (r.body?.raw) {
      headers['content-type'] = r.body.raw.contentType;
      payload = r.body.raw.payload;
    } else if (r.body && 'json' in r.body) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(r.body.json) ?? 'null';
    }
    const before = await snapshot();
    const res = await as(w, who, op.method, url, payload, headers);
    stats.requests++;
    const what = `${op.method} ${url.slice(0, 200)} as ${who} → ${res.statusCode} ${res.body.slice(0, 300)}`;
    if (res.statusCode >= 500) stats.serverErrors++;
    expect(res.statusCode, what).toBeLessThan(500);
    const type = String(res.headers['content-type'] ?? '');
    if (/json|text|xml/.test(type)) expect(res.body, what).not.toMatch(LEAK);
    if (res.statusCode >= 400 && url.startsWith('/api/')) {
      expect(type, what).toContain('application/json');
      expect(typeof res.json().error?.code, what).toBe('string');
    }
    if (res.statusCode >= 400 || op.method === 'GET') {
      if (res.statusCode >= 400) stats.refused++;
      expect(await snapshot(), `database changed by ${what}`).toEqual(before);
    }
  }

  for (const op of OPERATIONS) {
    it(`${op.method} ${op.path} survives hostile input`, async () => {
      const runs = op.body || op.params.length ? RUNS : Math.ceil(RUNS / 3);
      await fc.assert(
        fc.asyncProperty(requestFor(op), (r) => check(op, r)),
        { numRuns: runs, seed: SEED + OPERATIONS.indexOf(op), endOnFailure: true },
      );
    });
  }
});
