import type { BulkPreview, BulkRow } from '@ketluan/contracts';
import { Segmented, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '../../components/states.tsx';
import { formatDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/index.tsx';

type Show = 'all' | 'errors' | 'changes';

/** The rows of an uploaded sheet as the server read them, each with its error if any. */
export function BulkPreviewTable({ preview }: { preview: BulkPreview }) {
  const t = useT();
  const [show, setShow] = useState<Show>(preview.errors ? 'errors' : 'all');
  const rows = preview.rows.filter((r) =>
    show === 'errors' ? r.error : show === 'changes' ? r.action !== 'none' && !r.error : true,
  );
  const ACTION: Record<BulkRow['action'], { color: string; label: string }> = {
    progress: { color: 'blue', label: t('bulk.actionProgress') },
    report: { color: 'purple', label: t('bulk.actionReport') },
    none: { color: 'default', label: t('bulk.actionNone') },
  };
  return (
    <>
      <Segmented<Show>
        aria-label={t('bulk.show')}
        style={{ marginBottom: 12 }}
        value={show}
        onChange={setShow}
        options={[
          { value: 'all', label: t('bulk.showAll', { n: preview.total }) },
          { value: 'errors', label: t('bulk.showErrors', { n: preview.errors }) },
          { value: 'changes', label: t('bulk.showChanges', { n: preview.applicable }) },
        ]}
      />
      <Table<BulkRow>
        rowKey="row"
        size="small"
        dataSource={rows}
        pagination={rows.length > 100 ? { pageSize: 100, showSizeChanger: false } : false}
        scroll={{ x: 900 }}
        rowClassName={(r) => (r.error ? 'bulk-row-error' : '')}
        data-testid="bulk-preview"
        locale={{ emptyText: <EmptyState title={t('bulk.noRows')} /> }}
        columns={[
          { title: t('bulk.row'), dataIndex: 'row', width: 70, align: 'right' },
          {
            title: t('tasks.task'),
            key: 'task',
            render: (_: unknown, r) =>
              r.taskId && r.title ? (
                <Link to={`/tasks/${r.taskId}`}>
                  <Typography.Paragraph
                    ellipsis={{ rows: 2 }}
                    style={{ margin: 0, color: 'inherit' }}
                  >
                    {r.title}
                  </Typography.Paragraph>
                </Link>
              ) : (
                (r.title ?? '—')
              ),
          },
          {
            title: t('bulk.action'),
            key: 'action',
            width: 170,
            render: (_: unknown, r) =>
              r.error ? (
                <Tag color="red">{t('bulk.actionError')}</Tag>
              ) : (
                <Tag color={ACTION[r.action].color}>{ACTION[r.action].label}</Tag>
              ),
          },
          {
            title: t('bulk.content'),
            key: 'content',
            width: 280,
            render: (_: unknown, r) => (
              <Typography.Text style={{ fontSize: 13 }}>
                {[
                  r.percent !== null ? `${r.percent}%` : null,
                  r.completedDate
                    ? t('event.completedDate', { v: formatDate(r.completedDate) })
                    : null,
                  r.documentNumber ? t('event.documentNumber', { v: r.documentNumber }) : null,
                  r.note,
                ]
                  .filter(Boolean)
                  .join(' · ') || '—'}
              </Typography.Text>
            ),
          },
          {
            title: t('bulk.error'),
            key: 'error',
            width: 260,
            render: (_: unknown, r) =>
              r.error ? (
                <Typography.Text type="danger" data-testid="bulk-error">
                  {r.error.message}
                </Typography.Text>
              ) : (
                <Typography.Text type="success">{t('bulk.ok')}</Typography.Text>
              ),
          },
        ]}
      />
    </>
  );
}
