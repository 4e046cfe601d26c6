/**
 * A coordinating agency reports that it has sent its input (ý kiến phối hợp) on a task, so
 * that reports can keep its lateness apart from the lead's. The Office may record or correct
 * it for any coordinator.
 * @module
 */
import type { CoordinatorInputBody, Role } from '@ketluan/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { AppError, badRequest, conflict, forbidden, notFound } from '../../errors.ts';
import { type Clock, vietnamDate } from '../../lib/clock.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { SessionUser } from '../auth/auth.service.ts';

const STAFF: readonly Role[] = ['admin', 'office'];

/**
 * Records the day a coordinator sent its input. An agency records its own, once; the Office
 * any coordinator's, and may correct it. @throws 404 when the org does not coordinate the task.
 */
export async function recordCoordinatorInput(
  deps: { db: Kysely<Database>; audit: AuditService; clock: Clock },
  actor: { user: SessionUser; requestId?: string },
  taskId: string,
  body: CoordinatorInputBody,
) {
  const { user } = actor;
  const staff = STAFF.includes(user.role);
  if (!staff && user.role !== 'agency') throw forbidden();
  // Another agency's input is not the caller's to see: the same 404 as a task it does not
  // coordinate.
  if (!staff && body.orgId && body.orgId !== user.orgId)
    throw notFound('nhiệm vụ có cơ quan phối hợp này');
  const orgId = body.orgId ?? (staff ? undefined : user.orgId);
  if (!orgId) throw badRequest('org_required', 'Cần chỉ rõ cơ quan phối hợp (orgId)');
  const today = vietnamDate(deps.clock.now());
  const doneDate = body.doneDate ?? today;
  if (doneDate > today)
    throw badRequest('completed_in_future', 'Ngày gửi ý kiến không được sau ngày hôm nay');

  return deps.db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('task_coordinators as c')
      .innerJoin('tasks as t', 't.id', 'c.task_id')
      .select(['c.input_due_date', 'c.input_done_date', 't.status', 't.active'])
      .where('c.task_id', '=', taskId)
      .where('c.org_id', '=', orgId)
      .executeTakeFirst();
    if (!row || (row.active !== 1 && !staff)) throw notFound('nhiệm vụ có cơ quan phối hợp này');
    if (row.status === 'cancelled')
      throw new AppError(
        409,
        'invalid_transition',
        'Nhiệm vụ đã hủy, không ghi nhận ý kiến phối hợp',
      );
    if (row.input_done_date && !staff)
      throw conflict(
        'input_already_recorded',
        `Ý kiến phối hợp đã được ghi nhận ngày ${row.input_done_date}`,
      );
    await trx
      .updateTable('task_coordinators')
      .set({ input_done_date: doneDate })
      .where('task_id', '=', taskId)
      .where('org_id', '=', orgId)
      .execute();
    await deps.audit.record(trx, {
      actorUserId: user.id,
      action: 'task.coordinator_input',
      entity: 'task',
      entityId: taskId,
      before: { orgId, inputDoneDate: row.input_done_date },
      after: { orgId, inputDoneDate: doneDate },
      requestId: actor.requestId ?? null,
    });
    return {
      taskId,
      orgId,
      inputDueDate: row.input_due_date,
      inputDoneDate: doneDate,
      late: row.input_due_date !== null && doneDate > row.input_due_date,
    };
  });
}
