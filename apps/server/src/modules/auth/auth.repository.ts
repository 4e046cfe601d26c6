import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { newId } from '../../lib/ids.ts';

/** Queries of sessions and login attempts. */
export function createAuthRepository(db: Kysely<Database>) {
  return {
    findActiveUserByUsername: (username: string) =>
      db
        .selectFrom('users')
        .selectAll()
        .where('username', '=', username)
        .where('active', '=', 1)
        .executeTakeFirst(),

    async recordAttempt(username: string, ip: string, at: string, success: boolean) {
      await db
        .insertInto('login_attempts')
        .values({ id: newId(), username, ip, at, success: success ? 1 : 0 })
        .execute();
    },

    /** Failures for a username since `since`, not counting those before its last success. */
    async recentFailuresForUser(username: string, since: string): Promise<number> {
      const lastOk = await db
        .selectFrom('login_attempts')
        .select('at')
        .where('username', '=', username)
        .where('success', '=', 1)
        .where('at', '>=', since)
        .orderBy('at', 'desc')
        .limit(1)
        .executeTakeFirst();
      const row = await db
        .selectFrom('login_attempts')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('username', '=', username)
        .where('success', '=', 0)
        .where('at', '>', lastOk?.at ?? since)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async recentFailuresForIp(ip: string, since: string): Promise<number> {
      const row = await db
        .selectFrom('login_attempts')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('ip', '=', ip)
        .where('success', '=', 0)
        .where('at', '>=', since)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async pruneAttempts(before: string) {
      await db.deleteFrom('login_attempts').where('at', '<', before).execute();
    },

    async createSession(s: Database['sessions']) {
      await db.insertInto('sessions').values(s).execute();
    },

    findSession: (id: string) =>
      db
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.user_id')
        .select([
          'sessions.id as sessionId',
          'sessions.expires_at',
          'sessions.last_seen_at',
          'users.id',
          'users.username',
          'users.name',
          'users.email',
          'users.role',
          'users.org_id',
          'users.active',
        ])
        .where('sessions.id', '=', id)
        .executeTakeFirst(),

    async touchSession(id: string, lastSeen: string, expiresAt: string) {
      await db
        .updateTable('sessions')
        .set({ last_seen_at: lastSeen, expires_at: expiresAt })
        .where('id', '=', id)
        .execute();
    },

    async deleteSession(id: string) {
      await db.deleteFrom('sessions').where('id', '=', id).execute();
    },

    async deleteExpiredSessions(now: string) {
      await db.deleteFrom('sessions').where('expires_at', '<', now).execute();
    },

    async setLastLogin(userId: string, at: string) {
      await db.updateTable('users').set({ last_login_at: at }).where('id', '=', userId).execute();
    },
  };
}
export type AuthRepository = ReturnType<typeof createAuthRepository>;
