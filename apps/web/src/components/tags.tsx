import type { TaskStatus, Timeliness } from '@ketluan/contracts';
import { Tag } from 'antd';
import { type MessageKey, useT } from '../i18n/index.tsx';

export const TIMELINESS_COLOR: Record<Timeliness, string> = {
  not_due: 'blue',
  due_soon: 'gold',
  overdue: 'red',
  on_time: 'green',
  late: 'orange',
  no_deadline: 'default',
  cancelled: 'default',
};

const STATUS_COLOR: Record<TaskStatus, string> = {
  assigned: 'cyan',
  in_progress: 'blue',
  reported: 'purple',
  done: 'green',
  returned: 'orange',
  cancelled: 'default',
};

export function TimelinessTag({ value }: { value: Timeliness }) {
  const t = useT();
  return (
    <Tag color={TIMELINESS_COLOR[value]} variant="filled">
      {t(`timeliness.${value}` as MessageKey)}
    </Tag>
  );
}

export function StatusTag({ value }: { value: TaskStatus }) {
  const t = useT();
  return <Tag color={STATUS_COLOR[value]}>{t(`status.${value}` as MessageKey)}</Tag>;
}
