/**
 * Users: creation by an admin, the first admin at start-up, listing.
 * @module
 */
import { randomBytes } from 'node:crypto';
import type { CreateUserBody } from '@ketluan/contracts';
import { type Kysely, sql } from 'kysely';
import { isUniqueViolation } from '../../db/dialect-sql.ts';
import type { Database } from '../../db/schema.ts';
import { badRequest, conflict, notFound } from '../../errors.ts';
import type { Clock } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { SessionUser } from '../auth/auth.service.ts';
import { hashPassword } from '../auth/password.ts';
import type { UsersRepository } from './users.repository.ts';

export interface Actor {
  user: SessionUser | null;
  requestId?: string;
}

export function createUsersService(deps: {
  db: Kysely<Database>;
  repo: UsersRepository;
  audit: AuditService;
  clock: Clock;
}) {
  const { db, repo, audit, clock } = deps;

  async function create(actor: Actor, input: CreateUserBody) {
    const username = input.username.toLowerCase();
    if (input.role === 'agency' && !input.orgId) {
      throw badRequest('org_required', 'Người dùng của cơ quan phải thuộc một cơ quan (orgId)');
    }
    if (input.orgId) {
      const org = await db
        .selectFrom('orgs')
        .select('id')
        .where('id', '=', input.orgId)
        .executeTakeFirst();
      if (!org) throw notFound('cơ quan');
    }
    const now = clock.now().toISOString();
    const row = {
      id: newId(),
      username,
      password_hash: await hashPassword(input.password),
      name: input.name,
      email: input.email ?? null,
      role: input.role,
      org_id: input.orgId ?? null,
      digest_only: input.digestOnly ? 1 : 0,
      created_at: now,
      updated_at: now,
    };
    try {
      return await db.transaction().execute(async (trx) => {
        const user = await repo.insert(trx, row);
        const { password_hash: _, ...safe } = user;
        await audit.record(trx, {
          actorUserId: actor.user?.id ?? null,
          action: 'user.create',
          entity: 'user',
          entityId: user.id,
          after: safe,
          requestId: actor.requestId ?? null,
        });
        return user;
      });
    } catch (err) {
      if (isUniqueViolation(err)) {
        throw conflict('username_taken', `Tên đăng nhập "${username}" đã được sử dụng`);
      }
      throw err;
    }
  }

  return {
    create,

    /** A user's own preferences; audited. */
    async updatePreferences(actor: Actor, prefs: { digestOnly?: boolean }) {
      if (!actor.user) return;
      const userId = actor.user.id;
      if (prefs.digestOnly === undefined) return;
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('users')
          .set({
            digest_only: prefs.digestOnly ? 1 : 0,
            updated_at: clock.now().toISOString(),
            version: sql<number>`version + 1`,
          })
          .where('id', '=', userId)
          .execute();
        await audit.record(trx, {
          actorUserId: userId,
          action: 'user.preferences',
          entity: 'user',
          entityId: userId,
          after: prefs,
          requestId: actor.requestId ?? null,
        });
      });
    },
    list: () => repo.list(),
    get: async (id: string) => {
      const u = await repo.findById(id);
      if (!u) throw notFound('người dùng');
      return u;
    },

    /**
     * Creates the `admin` user when it does not exist yet. Returns the generated password
     * when none was configured, so the caller can print it once; null otherwise.
     */
    async ensureAdmin(
      configuredPassword: string | undefined,
    ): Promise<{ generated: string | null } | null> {
      if (await repo.findByUsername('admin')) return null;
      const password = configuredPassword ?? randomBytes(12).toString('base64url');
      await create(
        { user: null },
        { username: 'admin', password, name: 'Quản trị hệ thống', role: 'admin', orgId: null },
      );
      return { generated: configuredPassword ? null : password };
    },
  };
}
export type UsersService = ReturnType<typeof createUsersService>;
