import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMe } from '../../api/auth.ts';
import { type MeetingListItem, useMeetingList } from '../../api/meetings.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { EmptyState, ErrorState } from '../../components/states.tsx';
import { formatDate } from '../../i18n/format.ts';
import { type MessageKey, useT } from '../../i18n/index.tsx';

export default function MeetingListPage() {
  const t = useT();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const [q, setQ] = useState('');
  const list = useMeetingList({ q: q.trim() || undefined });
  const rows = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);
  const canEdit = me?.role === 'admin' || me?.role === 'office';

  return (
    <>
      <PageHeader
        title={t('meetings.title')}
        subtitle={t('meetings.subtitle')}
        extra={
          canEdit ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => navigate('/meetings/new')}
            >
              {t('meetings.add')}
            </Button>
          ) : null
        }
      />
      <Card>
        <Input.Search
          allowClear
          placeholder={t('meetings.search')}
          aria-label={t('meetings.search')}
          onSearch={setQ}
          style={{ maxWidth: 360, marginBottom: 16 }}
        />
        {list.error ? (
          <ErrorState
            error={list.error}
            onRetry={() => void list.refetch()}
            feature={t('meetings.title')}
          />
        ) : (
          <>
            <Table<MeetingListItem>
              rowKey="id"
              loading={list.isPending}
              dataSource={rows}
              pagination={false}
              scroll={{ x: 760 }}
              locale={{
                emptyText: <EmptyState title={q ? t('common.noMatch') : t('meetings.empty')} />,
              }}
              columns={[
                {
                  title: t('meetings.date'),
                  dataIndex: 'meetingDate',
                  width: 120,
                  render: (d: string | null) => formatDate(d) || '—',
                },
                {
                  title: t('meetings.name'),
                  dataIndex: 'title',
                  render: (title: string, m) => (
                    <>
                      <Link to={`/meetings/${m.id}`} style={{ fontWeight: 500 }}>
                        {title}
                      </Link>
                      <div>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {[m.period, m.sequenceLabel, m.chairName].filter(Boolean).join(' · ')}
                        </Typography.Text>
                      </div>
                    </>
                  ),
                },
                {
                  title: t('meetings.kind'),
                  dataIndex: 'kind',
                  width: 140,
                  render: (k: string) => <Tag>{t(`meetingKind.${k}` as MessageKey)}</Tag>,
                },
                { title: t('meetings.items'), dataIndex: 'itemCount', width: 110, align: 'right' },
                {
                  title: t('meetings.tasks'),
                  dataIndex: 'taskCount',
                  width: 110,
                  align: 'right',
                  render: (n: number, m) =>
                    n ? <Link to={`/tasks?meeting=${m.id}`}>{n}</Link> : 0,
                },
              ]}
            />
            {list.hasNextPage ? (
              <Flex justify="center" style={{ marginTop: 16 }}>
                <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
                  {t('common.loadMore')}
                </Button>
              </Flex>
            ) : null}
          </>
        )}
      </Card>
    </>
  );
}
