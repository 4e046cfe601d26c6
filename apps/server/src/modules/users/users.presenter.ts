import type { User } from '@ketluan/contracts';
import type { UserRow } from '../../db/schema.ts';

/** The wire shape of a user: never the password hash. */
export const presentUser = (row: UserRow): User => ({
  id: row.id,
  username: row.username,
  name: row.name,
  email: row.email,
  role: row.role as User['role'],
  orgId: row.org_id,
  active: row.active === 1,
  digestOnly: row.digest_only === 1,
  createdAt: row.created_at,
  version: row.version,
});
