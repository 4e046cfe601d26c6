/**
 * The task lifecycle as a pure function: given a task's state, who acts and what they ask,
 * the next state and the timeline event — or the reason it is refused. No I/O here, so the
 * rules are tested exhaustively without a database.
 *
 *   assigned → in_progress → reported → done
 *                  ↑             ↓ return
 *               returned ←───────┘
 *   any open state → cancelled; reassign and extensions keep the status.
 * @module
 */
import type { Role, TaskEventBody, TaskStatus } from '@ketluan/contracts';
import { AppError, badRequest, forbidden } from '../../errors.ts';
import { OPEN_STATUSES } from './timeliness.ts';

export interface TaskState {
  status: TaskStatus;
  ownerOrgId: string;
  dueDate: string | null;
  coordinatorOrgIds: string[];
  pendingExtension: { requestedDate: string; reason: string } | null;
  reportedCompletedDate: string | null;
}

export interface ActorInfo {
  userId: string;
  role: Role;
  orgId: string | null;
}

export interface Transition {
  toStatus: TaskStatus;
  ownerOrgId: string;
  dueDate: string | null;
  /** Set when the task becomes done: the day the agency completed it. */
  completedDate: string | null;
  note: string | null;
  payload: Record<string, unknown>;
}

const STAFF: readonly Role[] = ['admin', 'office'];

const isOpen = (s: TaskStatus) => OPEN_STATUSES.includes(s);

function invalidState(type: string, status: TaskStatus): AppError {
  return new AppError(
    409,
    'invalid_transition',
    `Không thể thực hiện "${type}" khi nhiệm vụ đang ở trạng thái "${STATUS_VI[status]}"`,
  );
}

export const STATUS_VI: Record<TaskStatus, string> = {
  assigned: 'đã giao',
  in_progress: 'đang thực hiện',
  reported: 'đã báo cáo hoàn thành',
  done: 'hoàn thành',
  returned: 'bị trả lại',
  cancelled: 'đã hủy',
};

/** Whether the actor may perform `type` at all on a task owned by `ownerOrgId`. */
export function mayAct(actor: ActorInfo, type: TaskEventBody['type'], ownerOrgId: string): boolean {
  const owner = actor.role === 'agency' && actor.orgId === ownerOrgId;
  switch (type) {
    case 'progress':
    case 'report':
    case 'extension_request':
      return owner || STAFF.includes(actor.role);
    case 'extension_decision':
      return actor.role === 'leader' || STAFF.includes(actor.role);
    case 'accept':
    case 'return':
    case 'cancel':
    case 'reassign':
      return STAFF.includes(actor.role);
  }
}

/**
 * The next state of a task after `body`, on Vietnam date `today`.
 * @throws 403 when the actor may not do this, 409 `invalid_transition` when the task's status
 * does not allow it, 400 for an inconsistent request.
 */
export function transition(
  state: TaskState,
  body: TaskEventBody,
  actor: ActorInfo,
  today: string,
): Transition {
  if (!mayAct(actor, body.type, state.ownerOrgId)) throw forbidden();
  const keep = { ownerOrgId: state.ownerOrgId, dueDate: state.dueDate, completedDate: null };
  switch (body.type) {
    case 'progress':
      if (!isOpen(state.status) || state.status === 'reported')
        throw invalidState('cập nhật tiến độ', state.status);
      return {
        ...keep,
        toStatus: 'in_progress',
        note: body.note,
        payload: { percent: body.percent ?? null },
      };

    case 'report': {
      if (!isOpen(state.status) || state.status === 'reported')
        throw invalidState('báo cáo hoàn thành', state.status);
      const completedDate = body.completedDate ?? today;
      if (completedDate > today)
        throw badRequest('completed_in_future', 'Ngày hoàn thành không được sau ngày hôm nay');
      return {
        ...keep,
        toStatus: 'reported',
        note: body.note ?? null,
        payload: {
          documentNumber: body.documentNumber ?? null,
          completedDate,
          revisionPoints: body.revisionPoints ?? [],
        },
      };
    }

    case 'accept':
      if (state.status !== 'reported') throw invalidState('chấp nhận kết quả', state.status);
      return {
        ...keep,
        toStatus: 'done',
        completedDate: state.reportedCompletedDate ?? today,
        note: body.note ?? null,
        payload: {},
      };

    case 'return':
      if (state.status !== 'reported') throw invalidState('trả lại', state.status);
      return { ...keep, toStatus: 'returned', note: body.reason, payload: {} };

    case 'extension_request':
      if (!isOpen(state.status)) throw invalidState('xin gia hạn', state.status);
      if (state.dueDate && body.requestedDate <= state.dueDate) {
        throw badRequest('extension_not_later', 'Ngày đề nghị gia hạn phải sau hạn hiện tại');
      }
      return {
        ...keep,
        toStatus: state.status,
        note: body.reason,
        payload: { requestedDate: body.requestedDate, previousDueDate: state.dueDate },
      };

    case 'extension_decision': {
      if (!state.pendingExtension)
        throw new AppError(
          409,
          'no_pending_extension',
          'Không có đề nghị gia hạn đang chờ quyết định',
        );
      const newDue = body.approved
        ? (body.newDueDate ?? state.pendingExtension.requestedDate)
        : state.dueDate;
      return {
        ...keep,
        toStatus: state.status,
        dueDate: newDue,
        note: body.note ?? null,
        payload: {
          approved: body.approved,
          previousDueDate: state.dueDate,
          newDueDate: newDue,
          requestedDate: state.pendingExtension.requestedDate,
        },
      };
    }

    case 'cancel':
      if (!isOpen(state.status)) throw invalidState('hủy', state.status);
      return { ...keep, toStatus: 'cancelled', note: body.reason, payload: {} };

    case 'reassign':
      if (!isOpen(state.status)) throw invalidState('giao lại', state.status);
      if (body.ownerOrgId === state.ownerOrgId)
        throw badRequest('same_owner', 'Cơ quan mới trùng cơ quan đang chủ trì');
      return {
        ...keep,
        ownerOrgId: body.ownerOrgId,
        toStatus: state.status,
        note: body.reason,
        payload: { previousOwnerOrgId: state.ownerOrgId },
      };
  }
}
