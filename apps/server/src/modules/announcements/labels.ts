/**
 * Vietnamese labels of task states and timeliness, for the meeting record and public pages.
 * @module
 */
import type { TaskStatus, Timeliness } from '@ketluan/contracts';

export const STATUS_LABEL: Record<TaskStatus, string> = {
  assigned: 'Đã giao',
  in_progress: 'Đang thực hiện',
  reported: 'Đã báo cáo, chờ xác nhận',
  done: 'Hoàn thành',
  returned: 'Trả lại, thực hiện tiếp',
  cancelled: 'Đã hủy',
};

export const TIMELINESS_LABEL: Record<Timeliness, string> = {
  not_due: 'trong hạn',
  due_soon: 'sắp đến hạn',
  overdue: 'quá hạn',
  on_time: 'đúng hạn',
  late: 'quá hạn',
  no_deadline: 'không có thời hạn',
  cancelled: '',
};

/** "Hoàn thành, đúng hạn", "Đang thực hiện, quá hạn", "Đã hủy". */
export function stateLabel(status: TaskStatus, timeliness: Timeliness): string {
  const t = TIMELINESS_LABEL[timeliness];
  return t ? `${STATUS_LABEL[status]}, ${t}` : STATUS_LABEL[status];
}

export const VERDICT_LABEL: Record<string, string> = {
  agreed: 'Nhất trí',
  basically_agreed: 'Cơ bản nhất trí',
  not_agreed: 'Chưa nhất trí',
  resubmit: 'Trình lại',
  withdrawn: 'Rút',
};
