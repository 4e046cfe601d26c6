/**
 * Sign-in, sessions and the throttle on failed sign-ins.
 *
 * A session token is 32 random bytes sent only in an httpOnly cookie; the database keeps its
 * SHA-256, so a leaked database row cannot be replayed. Each sign-in creates a new session
 * (rotation). Failed sign-ins are counted per username and per address over a window, in the
 * database, so the throttle holds across server processes; unknown usernames are throttled
 * exactly like known ones, so the answer never reveals which usernames exist.
 * @module
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '@ketluan/contracts';
import { tooMany, unauthorized } from '../../errors.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuthRepository } from './auth.repository.ts';
import { decoyHash, verifyPassword } from './password.ts';

export interface SessionUser {
  id: string;
  username: string;
  name: string;
  email: string | null;
  role: Role;
  orgId: string | null;
  sessionId: string;
}

export interface ThrottlePolicy {
  windowMinutes: number;
  maxFailuresPerUser: number;
  maxFailuresPerIp: number;
}

export const DEFAULT_THROTTLE: ThrottlePolicy = {
  windowMinutes: 15,
  maxFailuresPerUser: 5,
  maxFailuresPerIp: 30,
};

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const MINUTE = 60_000;

export function createAuthService(deps: {
  repo: AuthRepository;
  clock: Clock;
  sessionHours: number;
  throttle?: ThrottlePolicy;
}) {
  const { repo, clock } = deps;
  const policy = deps.throttle ?? DEFAULT_THROTTLE;
  const sessionMs = deps.sessionHours * 3600_000;

  async function assertNotThrottled(username: string, ip: string, now: Date) {
    const since = new Date(now.getTime() - policy.windowMinutes * MINUTE).toISOString();
    const [byUser, byIp] = await Promise.all([
      repo.recentFailuresForUser(username, since),
      repo.recentFailuresForIp(ip, since),
    ]);
    if (byUser >= policy.maxFailuresPerUser || byIp >= policy.maxFailuresPerIp) {
      throw tooMany(
        `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${policy.windowMinutes} phút.`,
        policy.windowMinutes * 60,
      );
    }
  }

  return {
    /**
     * Checks the credentials and opens a session.
     * @throws 429 when throttled, 401 for a wrong username or password (same message).
     */
    async login(input: { username: string; password: string; ip: string; userAgent?: string }) {
      const now = clock.now();
      const username = input.username.trim().toLowerCase();
      await assertNotThrottled(username, input.ip, now);
      const user = await repo.findActiveUserByUsername(username);
      const ok = await verifyPassword(user?.password_hash ?? (await decoyHash()), input.password);
      await repo.recordAttempt(username, input.ip, now.toISOString(), Boolean(user && ok));
      if (!user || !ok) throw unauthorized('Tên đăng nhập hoặc mật khẩu không đúng');

      const token = randomBytes(32).toString('base64url');
      await repo.createSession({
        id: sha256(token),
        user_id: user.id,
        created_at: now.toISOString(),
        last_seen_at: now.toISOString(),
        expires_at: new Date(now.getTime() + sessionMs).toISOString(),
        ip: input.ip,
        user_agent: input.userAgent?.slice(0, 300) ?? null,
      });
      await repo.setLastLogin(user.id, now.toISOString());
      return { token, userId: user.id, expiresAt: new Date(now.getTime() + sessionMs) };
    },

    /** The user of a session token, or null when it is unknown, expired or disabled.
     * Extends the session when more than a minute has passed since it was last seen. */
    async authenticate(token: string): Promise<SessionUser | null> {
      const row = await repo.findSession(sha256(token));
      const now = clock.now();
      if (row?.active !== 1) return null;
      if (row.expires_at <= now.toISOString()) {
        await repo.deleteSession(row.sessionId);
        return null;
      }
      if (now.getTime() - Date.parse(row.last_seen_at) > MINUTE) {
        await repo.touchSession(
          row.sessionId,
          now.toISOString(),
          new Date(now.getTime() + sessionMs).toISOString(),
        );
      }
      return {
        id: row.id,
        username: row.username,
        name: row.name,
        email: row.email,
        role: row.role as Role,
        orgId: row.org_id,
        sessionId: row.sessionId,
      };
    },

    async logout(sessionId: string) {
      await repo.deleteSession(sessionId);
    },

    /** Housekeeping: drops expired sessions and old attempts. */
    async prune() {
      const now = clock.now();
      await repo.deleteExpiredSessions(now.toISOString());
      await repo.pruneAttempts(new Date(now.getTime() - 7 * 24 * 3600_000).toISOString());
    },
  };
}
export type AuthService = ReturnType<typeof createAuthService>;
