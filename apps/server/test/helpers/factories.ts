/**
 * Insert-and-return factories for API tests: users of each role, and a way to find orgs of
 * the seeded directory by name.
 */
import { foldVietnamese, type Role } from '@ketluan/contracts';
import { ADMIN_PASSWORD, type TestApp } from './app.ts';

export const PASSWORD = 'password-123';

export interface TestUser {
  username: string;
  cookie: string;
  role: Role;
  orgId: string | null;
}

/** The id of the org whose exact name is `name`. */
export async function orgId(t: TestApp, name: string): Promise<string> {
  const row = await t.ctx.db.kysely
    .selectFrom('orgs')
    .select('id')
    .where('name', '=', name)
    .executeTakeFirst();
  if (!row) throw new Error(`no org named ${name}`);
  return row.id;
}

let counter = 0;
/** Creates a user through the API as admin and signs them in. */
export async function makeUser(t: TestApp, role: Role, orgName?: string): Promise<TestUser> {
  const admin = await t.login('admin', ADMIN_PASSWORD);
  const org = orgName ? await orgByAlias(t, orgName) : null;
  const username = `${role}${++counter}`;
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/users',
    headers: { cookie: admin },
    payload: {
      username,
      password: PASSWORD,
      name: `Người dùng ${counter}`,
      role,
      orgId: org,
      email: `${username}@example.vn`,
    },
  });
  if (res.statusCode !== 201) throw new Error(`create user → ${res.statusCode} ${res.body}`);
  return { username, role, orgId: org, cookie: await t.login(username, PASSWORD) };
}

/** A JSON request as a user; returns status and parsed body. */
export async function call(
  t: TestApp,
  user: TestUser | null,
  method: string,
  url: string,
  payload?: unknown,
) {
  const res = await t.app.inject({
    method: method as 'GET',
    url,
    headers: user ? { cookie: user.cookie } : {},
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
  return { status: res.statusCode, body: res.body ? (res.json() as any) : null };
}

/** The id of the org written `name` (any alias, accent-insensitive), valid on `onDate`. */
export async function orgByAlias(t: TestApp, name: string, onDate = '2021-06-27'): Promise<string> {
  const rows = await t.ctx.db.kysely
    .selectFrom('org_aliases as a')
    .innerJoin('orgs as o', 'o.id', 'a.org_id')
    .select(['o.id', 'o.valid_from', 'o.valid_to'])
    .where('a.folded', '=', foldVietnamese(name))
    .execute();
  const valid = rows.find(
    (r) => (!r.valid_from || r.valid_from <= onDate) && (!r.valid_to || r.valid_to >= onDate),
  );
  if (!valid) throw new Error(`no org written ${name} on ${onDate}`);
  return valid.id;
}
