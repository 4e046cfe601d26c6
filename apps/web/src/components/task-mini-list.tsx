import type { TaskListItem } from '@ketluan/contracts';
import { Space, Typography } from 'antd';
import { Link } from 'react-router';
import { daysBetween, formatDate, todayIso } from '../i18n/format.ts';
import { useT } from '../i18n/index.tsx';
import { EmptyState } from './states.tsx';
import { StatusTag } from './tags.tsx';

/**
 * A compact list of tasks with their deadline and how far it is, and a link to the whole
 * filtered list ("Xem tất cả (n)") when `moreLink` is given.
 */
export function TaskMiniList({
  tasks,
  empty,
  max = 8,
  moreLink,
  total,
  showOwner = true,
  asOf,
}: {
  tasks: TaskListItem[];
  empty: string;
  max?: number;
  moreLink?: string;
  /** How many tasks the whole list has (when only the first ones were fetched); "20+". */
  total?: number | string;
  showOwner?: boolean;
  asOf?: string;
}) {
  const t = useT();
  const today = asOf ?? todayIso();
  if (tasks.length === 0) return <EmptyState title={empty} />;
  const shown = tasks.slice(0, max);
  return (
    <>
      <ul className="mini-list">
        {shown.map((task) => {
          const days = task.dueDate ? daysBetween(today, task.dueDate) : null;
          return (
            <li key={task.id}>
              <div style={{ minWidth: 0, width: '100%' }}>
                <Link to={`/tasks/${task.id}`}>
                  <Typography.Paragraph
                    ellipsis={{ rows: 2 }}
                    style={{ margin: 0, color: 'inherit' }}
                  >
                    {task.title}
                  </Typography.Paragraph>
                </Link>
                <Space size={8} wrap style={{ fontSize: 12 }}>
                  {showOwner ? (
                    <Typography.Text type="secondary">{task.ownerName}</Typography.Text>
                  ) : null}
                  {task.dueDate ? (
                    <Typography.Text type={days !== null && days < 0 ? 'danger' : 'secondary'}>
                      {t('tasks.dueOn', { date: formatDate(task.dueDate) })}
                      {days !== null
                        ? ` · ${days < 0 ? t('tasks.daysLate', { n: -days }) : days === 0 ? t('tasks.dueToday') : t('tasks.daysLeft', { n: days })}`
                        : ''}
                    </Typography.Text>
                  ) : (
                    <Typography.Text type="secondary">
                      {task.deadlineText ?? t('tasks.noDeadline')}
                    </Typography.Text>
                  )}
                  <StatusTag value={task.status} />
                </Space>
              </div>
            </li>
          );
        })}
      </ul>
      {moreLink ? (
        <Link to={moreLink} style={{ display: 'inline-block', marginTop: 8 }}>
          {t('common.seeAll', { n: total ?? tasks.length })}
        </Link>
      ) : null}
    </>
  );
}
