/**
 * Sends planned reminders exactly once: each is claimed by inserting its row (unique key:
 * kind, subject, recipient, period) together with its in-app notice, in one transaction,
 * before any e-mail leaves; only the process whose insert succeeded sends. The outcome
 * (sent with the server's message id, or failed with the error) is written back. A failed
 * e-mail is tried again by a later run, up to `MAX_ATTEMPTS`, through a conditional update
 * that only one process can win.
 * @module
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Clock } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import type { Mailer } from './mailer.ts';
import type { NotifyRepository, ReminderKey } from './notify.repository.ts';
import type { Delivery } from './planner.ts';

/** Attempts at one e-mail before it stays failed. */
export const MAX_ATTEMPTS = 3;

/** What one run did. */
export interface DeliveryTally {
  planned: number;
  claimed: number;
  sent: number;
  failed: number;
  inAppOnly: number;
  alreadyDone: number;
}

const keyOf = (k: ReminderKey) => `${k.kind}|${k.subjectKey}|${k.recipientUserId}|${k.period}`;

/** Claims and sends `deliveries`, each once across processes; returns what happened. */
export async function deliver(
  deps: { db: Kysely<Database>; repo: NotifyRepository; clock: Clock; mailer: Mailer | null },
  deliveries: Delivery[],
  log?: (msg: string, data: Record<string, unknown>) => void,
): Promise<DeliveryTally> {
  const tally: DeliveryTally = {
    planned: deliveries.length,
    claimed: 0,
    sent: 0,
    failed: 0,
    inAppOnly: 0,
    alreadyDone: 0,
  };
  const existing = new Map(
    (await deps.repo.existing(deliveries.map((d) => d.key.subjectKey))).map((r) => [
      keyOf({
        kind: r.kind,
        subjectKey: r.subject_key,
        recipientUserId: r.recipient_user_id,
        period: r.period,
      }),
      r,
    ]),
  );

  const send = async (id: string, d: Delivery) => {
    try {
      const info = await deps.mailer!.send({
        to: d.recipient.email!,
        subject: d.message.subject,
        text: d.message.text,
        html: d.message.html,
      });
      await deps.repo.markSent(id, info.messageId, deps.clock.now().toISOString());
      tally.sent++;
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      await deps.repo.markFailed(id, error);
      tally.failed++;
      log?.('reminder e-mail failed', { reminderId: id, error });
    }
  };

  for (const d of deliveries) {
    const prior = existing.get(keyOf(d.key));
    if (prior) {
      const retry =
        prior.status === 'failed' &&
        prior.attempts < MAX_ATTEMPTS &&
        d.email &&
        deps.mailer &&
        (await deps.repo.reclaim(prior.id, prior.attempts, deps.clock.now().toISOString()));
      if (retry) await send(prior.id, d);
      else tally.alreadyDone++;
      continue;
    }
    const id = newId();
    const now = deps.clock.now().toISOString();
    const claimed = await deps.db.transaction().execute(async (trx) => {
      const won = await deps.repo.claim(trx, {
        ...d.key,
        id,
        taskId: d.taskId,
        orgId: d.orgId,
        email: d.email ? d.recipient.email : null,
        status: d.email ? 'pending' : 'in_app',
        claimedAt: now,
      });
      if (won) {
        await deps.repo.insertNotification(trx, {
          id: newId(),
          user_id: d.recipient.id,
          reminder_id: id,
          kind: d.key.kind,
          task_id: d.taskId,
          title: d.message.notice.title,
          body: d.message.notice.body,
          link: d.message.notice.link,
          created_at: now,
        });
      }
      return won;
    });
    if (!claimed) {
      tally.alreadyDone++;
      continue;
    }
    tally.claimed++;
    if (d.email && deps.mailer) await send(id, d);
    else tally.inAppOnly++;
  }
  return tally;
}
