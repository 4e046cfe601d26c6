import type { TaskEvent } from '@ketluan/contracts';
import { Timeline, Typography } from 'antd';
import { useTaskEvents } from '../../api/tasks.ts';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.tsx';
import { formatDate, formatDateTime } from '../../i18n/format.ts';
import { type MessageKey, type Translate, useT } from '../../i18n/index.tsx';

const COLOR: Partial<Record<TaskEvent['type'], string>> = {
  report: 'blue',
  accept: 'green',
  return: 'red',
  cancel: 'gray',
  extension_request: 'orange',
  extension_decision: 'orange',
};

function details(e: TaskEvent, t: Translate): string[] {
  const p = e.payload as Record<string, unknown>;
  const out: string[] = [];
  if (typeof p.documentNumber === 'string' && p.documentNumber)
    out.push(t('event.documentNumber', { v: p.documentNumber }));
  if (typeof p.completedDate === 'string')
    out.push(t('event.completedDate', { v: formatDate(p.completedDate) }));
  if (typeof p.percent === 'number') out.push(t('event.percent', { v: p.percent }));
  if (typeof p.requestedDate === 'string')
    out.push(t('event.requestedDate', { v: formatDate(p.requestedDate) }));
  if (typeof p.approved === 'boolean')
    out.push(p.approved ? t('event.approved') : t('event.rejected'));
  if (typeof p.newDueDate === 'string')
    out.push(t('event.newDueDate', { v: formatDate(p.newDueDate) }));
  if (typeof p.reason === 'string' && p.reason !== e.note) out.push(p.reason);
  return out;
}

export function TaskTimeline({ taskId }: { taskId: string }) {
  const t = useT();
  const events = useTaskEvents(taskId);
  if (events.isPending) return <LoadingState rows={3} />;
  if (events.error)
    return <ErrorState error={events.error} onRetry={() => void events.refetch()} />;
  if (events.data.length === 0) return <EmptyState title={t('task.noEvents')} />;
  return (
    <Timeline
      items={[...events.data]
        .sort((a, b) => b.seq - a.seq)
        .map((e) => ({
          key: e.id,
          color: COLOR[e.type] ?? 'blue',
          content: (
            <div>
              <Typography.Text strong>{t(`event.${e.type}` as MessageKey)}</Typography.Text>
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(e.at)}
                  {e.actorName ? ` · ${e.actorName}` : ''}
                  {e.effectiveDate && e.effectiveDate !== e.at.slice(0, 10)
                    ? ` · ${t('event.effective', { date: formatDate(e.effectiveDate) })}`
                    : ''}
                </Typography.Text>
              </div>
              {e.note ? (
                <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>
                  {e.note}
                </Typography.Paragraph>
              ) : null}
              {details(e, t).map((d) => (
                <div key={d}>
                  <Typography.Text type="secondary">{d}</Typography.Text>
                </div>
              ))}
              {e.files.length > 0 ? (
                <div>
                  {e.files.map((f) => (
                    <div key={f.sha256}>
                      <a
                        href={`/api/files/${f.sha256}?name=${encodeURIComponent(f.name)}`}
                        download={f.name}
                      >
                        📎 {f.name}
                      </a>
                    </div>
                  ))}
                </div>
              ) : null}
            </div>
          ),
        }))}
    />
  );
}
