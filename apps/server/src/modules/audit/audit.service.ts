/**
 * The audit log: every write, who, when, what, before and after. Append-only and
 * hash-chained: each row's hash covers its content and the previous row's hash, so changing
 * or deleting a row breaks every later link, which `verifyChain` detects.
 * @module
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Engine } from '../../db/database.ts';
import { lockForTransaction } from '../../db/dialect-sql.ts';
import type { AuditLogTable, Database } from '../../db/schema.ts';
import type { Clock } from '../../lib/clock.ts';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  actorUserId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
  requestId?: string | null;
}

/** The canonical text a row's hash covers. Field order is fixed here, never by the object. */
function chainText(row: Omit<AuditLogTable, 'hash'>): string {
  return JSON.stringify([
    row.seq,
    row.at,
    row.actor_user_id,
    row.action,
    row.entity,
    row.entity_id,
    row.before,
    row.after,
    row.request_id,
    row.prev_hash,
  ]);
}

export function hashAuditRow(row: Omit<AuditLogTable, 'hash'>): string {
  return createHash('sha256').update(chainText(row)).digest('hex');
}

const toJson = (v: unknown) => (v === undefined ? null : JSON.stringify(v));

export interface AuditService {
  /** Appends an entry; call inside the transaction of the write it records. */
  record(trx: Kysely<Database>, entry: AuditEntry): Promise<void>;
  /** Walks the chain; returns the first broken sequence number, or null when intact. */
  verifyChain(
    db: Kysely<Database>,
  ): Promise<{ ok: boolean; checked: number; brokenAt: number | null }>;
}

export function createAuditService(deps: {
  engine: Engine;
  clock: Clock;
  /** Test only (KETLUAN_TEST_DELAY_MS): pause after each entry, inside its transaction, and
   * say so on stderr, so that a durability test can kill the process mid-write. */
  testDelayMs?: number;
}): AuditService {
  return {
    async record(trx, entry) {
      await lockForTransaction(trx, deps.engine, 'audit_log_head');
      const head = await trx
        .selectFrom('audit_log')
        .select(['seq', 'hash'])
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst();
      const row = {
        seq: (head?.seq ?? 0) + 1,
        at: deps.clock.now().toISOString(),
        actor_user_id: entry.actorUserId,
        action: entry.action,
        entity: entry.entity,
        entity_id: entry.entityId,
        before: toJson(entry.before),
        after: toJson(entry.after),
        request_id: entry.requestId ?? null,
        prev_hash: head?.hash ?? GENESIS_HASH,
      };
      await trx
        .insertInto('audit_log')
        .values({ ...row, hash: hashAuditRow(row) })
        .execute();
      if (deps.testDelayMs) {
        process.stderr.write(`[test-delay] ${row.seq} ${row.action}\n`);
        await new Promise((resolve) => setTimeout(resolve, deps.testDelayMs));
      }
    },

    async verifyChain(db) {
      let prev = GENESIS_HASH;
      let expectedSeq = 1;
      let checked = 0;
      const pageSize = 5000;
      for (;;) {
        const rows = await db
          .selectFrom('audit_log')
          .selectAll()
          .where('seq', '>=', expectedSeq)
          .orderBy('seq')
          .limit(pageSize)
          .execute();
        for (const r of rows) {
          const { hash, ...rest } = r;
          if (r.seq !== expectedSeq || r.prev_hash !== prev || hashAuditRow(rest) !== hash) {
            return { ok: false, checked, brokenAt: expectedSeq };
          }
          prev = hash;
          expectedSeq++;
          checked++;
        }
        if (rows.length < pageSize) return { ok: true, checked, brokenAt: null };
      }
    },
  };
}
