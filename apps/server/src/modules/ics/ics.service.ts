/**
 * Calendar feeds per agency: a secret token (only its SHA-256 is stored) that the agency's
 * users or the Office create, rotate and revoke; whoever holds the address reads the feed
 * without signing in, so a leaked address is cured by rotating it.
 * @module
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '@ketluan/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { forbidden, notFound } from '../../errors.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { SessionUser } from '../auth/auth.service.ts';
import { buildFeed } from './ics.feed.ts';
import type { IcsRepository } from './ics.repository.ts';

const STAFF: readonly Role[] = ['admin', 'office'];
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** The shape of a token in an address: 43 base64url characters. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** Calendar tokens and feeds. */
export function createIcsService(deps: {
  db: Kysely<Database>;
  repo: IcsRepository;
  audit: AuditService;
  clock: Clock;
  baseUrl: string;
}) {
  const { repo } = deps;

  /** The org, if the user may manage its feed: the Office, or the agency's own users. */
  async function manageable(user: SessionUser, orgId: string) {
    if (!STAFF.includes(user.role) && !(user.role === 'agency' && user.orgId === orgId))
      throw forbidden('Chỉ Văn phòng hoặc người dùng của cơ quan được quản lý lịch của cơ quan');
    const org = await repo.org(orgId);
    if (!org) throw notFound('cơ quan');
    return org;
  }

  const feedUrl = (token: string) => `${deps.baseUrl}/ical/${token}.ics`;

  return {
    async status(user: SessionUser, orgId: string) {
      await manageable(user, orgId);
      const row = await repo.token(orgId);
      return { orgId, active: Boolean(row), createdAt: row?.created_at ?? null };
    },

    /** Creates the org's token, or replaces it (the old address stops working). */
    async rotate(actor: { user: SessionUser; requestId?: string }, orgId: string) {
      await manageable(actor.user, orgId);
      const token = randomBytes(32).toString('base64url');
      const createdAt = deps.clock.now().toISOString();
      await deps.db.transaction().execute(async (trx) => {
        await repo.putToken(trx, {
          org_id: orgId,
          token_hash: sha256(token),
          created_by: actor.user.id,
          created_at: createdAt,
        });
        await deps.audit.record(trx, {
          actorUserId: actor.user.id,
          action: 'calendar_token.rotate',
          entity: 'org',
          entityId: orgId,
          requestId: actor.requestId ?? null,
        });
      });
      return { orgId, token, url: feedUrl(token), createdAt };
    },

    /** Revokes the org's token; 404 when there is none. */
    async revoke(actor: { user: SessionUser; requestId?: string }, orgId: string) {
      await manageable(actor.user, orgId);
      const removed = await deps.db.transaction().execute(async (trx) => {
        const gone = await repo.deleteToken(trx, orgId);
        if (gone)
          await deps.audit.record(trx, {
            actorUserId: actor.user.id,
            action: 'calendar_token.revoke',
            entity: 'org',
            entityId: orgId,
            requestId: actor.requestId ?? null,
          });
        return gone;
      });
      if (!removed) throw notFound('lịch của cơ quan');
      return { ok: true as const };
    },

    /** The iCalendar text of the feed a token opens; 404 for an unknown token. */
    async feed(token: string): Promise<string> {
      if (!TOKEN_PATTERN.test(token)) throw notFound('lịch');
      const org = await repo.orgByTokenHash(sha256(token));
      if (!org) throw notFound('lịch');
      const [tasks, inputs] = [await repo.openTasks(org.id), await repo.openInputs(org.id)];
      return buildFeed(org, tasks, inputs, deps.baseUrl);
    },
  };
}
/** See `createIcsService`. */
export type IcsService = ReturnType<typeof createIcsService>;
