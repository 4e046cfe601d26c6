import type { AnnouncementStatus, AnnouncementSummary } from '@ketluan/contracts';
import { Alert, Button, Card, Flex, Segmented, Select, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useAnnouncementList, useComposeAnnouncement } from '../../api/announcements.ts';
import { useMe } from '../../api/auth.ts';
import { useMeetingList } from '../../api/meetings.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { EmptyState, ErrorState, useErrorMessage } from '../../components/states.tsx';
import { formatDate, formatDateTime } from '../../i18n/format.ts';
import { type MessageKey, useT } from '../../i18n/index.tsx';
import { STATUS_COLOR } from './announcement-page.tsx';

export default function AnnouncementListPage() {
  const t = useT();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const { data: me } = useMe();
  const canCompose = me?.role === 'admin' || me?.role === 'office';
  const [status, setStatus] = useState<AnnouncementStatus | 'all'>('all');
  const list = useAnnouncementList(status === 'all' ? {} : { status });
  const rows = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);
  const meetings = useMeetingList({});
  const compose = useComposeAnnouncement();
  const options = useMemo(
    () =>
      (meetings.data?.pages.flatMap((p) => p.items) ?? []).map((m) => ({
        value: m.id,
        label: `${m.meetingDate ? `${formatDate(m.meetingDate)} · ` : ''}${m.title}`,
      })),
    [meetings.data],
  );

  return (
    <>
      <PageHeader title={t('announcements.title')} subtitle={t('announcements.subtitle')} />
      {canCompose ? (
        <Card style={{ marginBottom: 16 }}>
          <Flex gap={12} align="center" wrap>
            <Typography.Text strong>{t('announcements.composeFrom')}</Typography.Text>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              style={{ minWidth: 300, flex: 1, maxWidth: 640 }}
              placeholder={t('announcements.pickMeeting')}
              aria-label={t('announcements.pickMeeting')}
              loading={meetings.isPending || compose.isPending}
              disabled={compose.isPending}
              options={options}
              onChange={(id: string) =>
                compose.mutate(id, { onSuccess: (a) => navigate(`/announcements/${a.id}`) })
              }
              notFoundContent={t('meetings.empty')}
            />
          </Flex>
          {compose.error ? (
            <Alert
              type="error"
              showIcon
              role="alert"
              title={errorMessage(compose.error)}
              style={{ marginTop: 12 }}
            />
          ) : null}
        </Card>
      ) : null}
      <Card>
        <Segmented
          style={{ marginBottom: 16 }}
          aria-label={t('users.status')}
          value={status}
          onChange={(v) => setStatus(v as AnnouncementStatus | 'all')}
          options={[
            { value: 'all', label: t('announcements.all') },
            ...(['draft', 'approved', 'issued'] as const).map((s) => ({
              value: s,
              label: t(`announcementStatus.${s}` as MessageKey),
            })),
          ]}
        />
        {list.error ? (
          <ErrorState
            error={list.error}
            onRetry={() => void list.refetch()}
            feature={t('announcements.title')}
          />
        ) : (
          <>
            <Table<AnnouncementSummary>
              rowKey="id"
              loading={list.isPending}
              dataSource={rows}
              pagination={false}
              scroll={{ x: 720 }}
              locale={{ emptyText: <EmptyState title={t('announcements.empty')} /> }}
              columns={[
                {
                  title: t('announcements.number'),
                  dataIndex: 'numberSymbol',
                  width: 150,
                  render: (n: string | null, a) => (
                    <Link to={`/announcements/${a.id}`}>{n ?? t('announcements.unnumbered')}</Link>
                  ),
                },
                { title: t('announcements.summary'), dataIndex: 'summary' },
                {
                  title: t('announcements.date'),
                  dataIndex: 'issuedDate',
                  width: 130,
                  render: (d: string | null) => formatDate(d) || '—',
                },
                {
                  title: t('users.status'),
                  dataIndex: 'status',
                  width: 150,
                  render: (s: AnnouncementStatus) => (
                    <Tag color={STATUS_COLOR[s]}>{t(`announcementStatus.${s}` as MessageKey)}</Tag>
                  ),
                },
                {
                  title: t('announcements.updated'),
                  dataIndex: 'updatedAt',
                  width: 160,
                  responsive: ['lg'],
                  render: formatDateTime,
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
