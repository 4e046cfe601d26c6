/**
 * Progress of many tasks updated from a spreadsheet: download the open tasks, fill in
 * progress and completion, upload for a preview that checks every row with the same rules
 * as `POST /api/tasks/:id/events` (`tasks.prepareAct`, hence `transition()`), then apply in
 * ONE transaction — every row or none.
 * @module
 */
import {
  type BulkApplyResult,
  type BulkExportQuery,
  type BulkPreview,
  type BulkRow,
  type Role,
  TaskEventBody,
  TaskStatus,
} from '@ketluan/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { AppError, badRequest, forbidden } from '../../errors.ts';
import type { Clock } from '../../lib/clock.ts';
import type { Actor, TasksService } from '../tasks/tasks.service.ts';
import { OPEN_STATUSES } from '../tasks/timeliness.ts';
import type { BulkRepository } from './bulk.repository.ts';
import {
  readBulkSheet,
  type SheetRow,
  toIsoDate,
  toPercent,
  toText,
  writeBulkSheet,
} from './bulk.sheet.ts';

const STAFF: readonly Role[] = ['admin', 'office'];
const MAX_ROWS = 2000;

type Write = (trx: Kysely<Database>) => Promise<void>;

/** The event a row asks for, or why it cannot be read. */
function eventOf(r: SheetRow): { body: TaskEventBody | null } | { error: BulkRow['error'] } {
  const fail = (code: string, message: string) => ({ error: { code, message } });
  if (!r.taskId) return fail('missing_task_id', 'Thiếu mã nhiệm vụ');
  if (r.version === null) return fail('missing_version', 'Thiếu phiên bản (cột ẩn) của nhiệm vụ');
  const percent = toPercent(r.percent);
  if (percent === undefined)
    return fail('invalid_percent', 'Tiến độ phải là số nguyên từ 0 đến 100');
  const completedDate = toIsoDate(r.completedDate);
  if (completedDate === undefined)
    return fail('invalid_date', 'Ngày hoàn thành không hợp lệ (dd/mm/yyyy)');
  const note = toText(r.note);
  const documentNumber = toText(r.documentNumber);
  if (documentNumber && !completedDate)
    return fail('completion_date_required', 'Có số văn bản báo cáo nhưng chưa có ngày hoàn thành');
  let candidate: unknown = null;
  if (completedDate)
    candidate = { type: 'report', version: r.version, note, documentNumber, completedDate };
  else if (percent !== null || note)
    candidate = {
      type: 'progress',
      version: r.version,
      note: note ?? `Tiến độ thực hiện đạt ${percent}%`,
      ...(percent === null ? {} : { percent }),
    };
  if (candidate === null) return { body: null };
  const parsed = TaskEventBody.safeParse(candidate);
  if (!parsed.success)
    return fail('validation_failed', parsed.error.issues[0]?.message ?? 'Dữ liệu không hợp lệ');
  return { body: parsed.data };
}

/** The bulk progress update: sheet, preview, apply. */
export function createBulkService(deps: {
  repo: BulkRepository;
  tasks: TasksService;
  clock: Clock;
}) {
  /** Every row checked; the writes of the valid ones. */
  async function check(actor: Actor, bytes: Uint8Array) {
    if (!STAFF.includes(actor.user.role) && actor.user.role !== 'agency') throw forbidden();
    const sheet = await readBulkSheet(bytes);
    if (sheet.length > MAX_ROWS)
      throw new AppError(422, 'too_many_rows', `Mỗi lần cập nhật tối đa ${MAX_ROWS} dòng`);
    const seen = new Set<string>();
    const rows: BulkRow[] = [];
    const writes: { taskId: string; write: Write }[] = [];
    for (const r of sheet) {
      const ev = eventOf(r);
      const body = 'body' in ev ? ev.body : null;
      const out: BulkRow = {
        row: r.row,
        taskId: r.taskId,
        title: r.title,
        action: body?.type === 'report' ? 'report' : body ? 'progress' : 'none',
        percent: body?.type === 'progress' ? (body.percent ?? null) : null,
        note: body && 'note' in body ? (body.note ?? null) : null,
        completedDate: body?.type === 'report' ? (body.completedDate ?? null) : null,
        documentNumber: body?.type === 'report' ? (body.documentNumber ?? null) : null,
        error: 'error' in ev ? ev.error : null,
      };
      if (body && r.taskId) {
        if (seen.has(r.taskId))
          out.error = { code: 'duplicate_task', message: 'Nhiệm vụ đã có ở một dòng trước' };
        else {
          seen.add(r.taskId);
          try {
            writes.push({
              taskId: r.taskId,
              write: await deps.tasks.prepareAct(actor, r.taskId, body),
            });
          } catch (err) {
            if (!(err instanceof AppError)) throw err;
            out.error = { code: err.code, message: err.message };
            // Never echo what the sheet says of a task the caller may not see.
            if (err.status === 404) Object.assign(out, { taskId: null, title: null });
          }
        }
      }
      rows.push(out);
    }
    const preview: BulkPreview = {
      rows,
      total: rows.length,
      applicable: rows.filter((r) => r.action !== 'none' && !r.error).length,
      errors: rows.filter((r) => r.error).length,
    };
    return { preview, writes };
  }

  return {
    /** The sheet of tasks to update: an agency's own open tasks; the Office any filter. */
    async exportSheet(actor: Actor, q: BulkExportQuery) {
      const { user } = actor;
      if (!STAFF.includes(user.role) && user.role !== 'agency') throw forbidden();
      const agency = user.role === 'agency';
      if (agency && q.owner && q.owner !== user.orgId)
        throw forbidden('Chỉ tải được nhiệm vụ của cơ quan mình');
      const statuses =
        agency || !q.status ? [...OPEN_STATUSES] : q.status.split(',').map((s) => s.trim());
      if (!statuses.every((s) => TaskStatus.safeParse(s).success))
        throw badRequest('invalid_status', 'Trạng thái lọc không hợp lệ');
      const rows = await deps.repo.tasksForSheet({
        ...q,
        owner: agency ? (user.orgId ?? '-') : q.owner,
        statuses,
        limit: MAX_ROWS,
      });
      const bytes = await writeBulkSheet(
        rows.map((r) => ({
          id: r.id,
          version: r.version,
          title: r.title,
          ownerName: r.owner_name,
          dueDate: r.due_date,
          status: r.status,
        })),
        deps.clock.now(),
      );
      return { bytes, count: rows.length };
    },

    /** Checks every row; applies nothing. */
    async preview(actor: Actor, bytes: Uint8Array): Promise<BulkPreview> {
      return (await check(actor, bytes)).preview;
    },

    /** Applies every row in one transaction, or none when any row is wrong (422 with the preview). */
    async apply(actor: Actor, bytes: Uint8Array): Promise<BulkApplyResult> {
      const { preview, writes } = await check(actor, bytes);
      if (preview.errors > 0)
        throw new AppError(
          422,
          'bulk_invalid',
          `Bảng có ${preview.errors} dòng lỗi; chưa cập nhật nhiệm vụ nào`,
          { preview },
        );
      await deps.tasks.commitActs(writes.map((w) => w.write));
      return { applied: writes.length, taskIds: writes.map((w) => w.taskId) };
    },
  };
}
/** See `createBulkService`. */
export type BulkService = ReturnType<typeof createBulkService>;
