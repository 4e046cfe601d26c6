import { ArrowLeftOutlined, EditOutlined, FilePdfOutlined, PlusOutlined } from '@ant-design/icons';
import type { Item, TaskListItem } from '@ketluan/contracts';
import { Button, Card, Collapse, Descriptions, Flex, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { meetingRecordUrl } from '../../api/announcements.ts';
import { useMe } from '../../api/auth.ts';
import { useMeeting } from '../../api/meetings.ts';
import { useAllTasks } from '../../api/tasks.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.tsx';
import { TaskMiniList } from '../../components/task-mini-list.tsx';
import { formatDate } from '../../i18n/format.ts';
import { type MessageKey, useT } from '../../i18n/index.tsx';
import { ItemFormDrawer } from './item-form-drawer.tsx';
import { VERDICT_COLOR } from './labels.ts';

function ItemBody({ item, tasks }: { item: Item; tasks: TaskListItem[] }) {
  const t = useT();
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Descriptions size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('items.presenter')}>
          {item.presenterName ?? '—'}
        </Descriptions.Item>
        {item.appraiserName ? (
          <Descriptions.Item label={t('items.appraiser')}>{item.appraiserName}</Descriptions.Item>
        ) : null}
        {item.documentKinds.length ? (
          <Descriptions.Item label={t('items.documentKinds')}>
            {item.documentKinds.join(', ')}
          </Descriptions.Item>
        ) : null}
        {item.nextForum ? (
          <Descriptions.Item label={t('items.nextForum')}>{item.nextForum}</Descriptions.Item>
        ) : null}
      </Descriptions>
      {item.conclusionText ? (
        <div>
          <Typography.Text strong>{t('items.conclusion')}</Typography.Text>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 4 }}>
            {item.conclusionText}
          </Typography.Paragraph>
        </div>
      ) : null}
      {item.revisionPoints.length ? (
        <div>
          <Typography.Text strong>{t('task.revisionPoints')}</Typography.Text>
          <ul style={{ marginTop: 4 }}>
            {item.revisionPoints.map((p) => (
              <li key={p.id}>{p.text}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div>
        <Typography.Text strong>{t('items.tasks', { n: tasks.length })}</Typography.Text>
        <TaskMiniList tasks={tasks} empty={t('items.noTasks')} max={20} />
      </div>
    </Space>
  );
}

export default function MeetingPage() {
  const t = useT();
  const { id } = useParams();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const meeting = useMeeting(id);
  const tasks = useAllTasks({ meeting: id }, { enabled: Boolean(id) });
  const [editing, setEditing] = useState<Item | 'new' | null>(null);
  const byItem = useMemo(() => {
    const map = new Map<string | null, TaskListItem[]>();
    for (const task of tasks.data?.items ?? []) {
      const key = task.itemId ?? null;
      map.set(key, [...(map.get(key) ?? []), task]);
    }
    return map;
  }, [tasks.data]);
  const canEdit = me?.role === 'admin' || me?.role === 'office';

  if (meeting.isPending) return <LoadingState rows={10} />;
  if (meeting.error)
    return (
      <ErrorState
        error={meeting.error}
        onRetry={() => void meeting.refetch()}
        feature={t('meetings.title')}
      />
    );
  const m = meeting.data;
  const items = [...m.items].sort((a, b) => a.position - b.position);
  const loose = byItem.get(null) ?? [];

  return (
    <>
      <Link to="/meetings">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingLeft: 0 }}>
          {t('meetings.back')}
        </Button>
      </Link>
      <PageHeader
        title={m.title}
        subtitle={[formatDate(m.meetingDate), m.period, m.sequenceLabel]
          .filter(Boolean)
          .join(' · ')}
        extra={
          <>
            <Button
              href={meetingRecordUrl(m.id)}
              download
              icon={<FilePdfOutlined />}
              data-testid="meeting-record"
            >
              {t('meetings.record')}
            </Button>
            {canEdit ? (
              <>
                <Button icon={<EditOutlined />} onClick={() => navigate(`/meetings/${m.id}/edit`)}>
                  {t('common.edit')}
                </Button>
                <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
                  {t('items.add')}
                </Button>
              </>
            ) : null}
          </>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label={t('meetings.kind')}>
            {t(`meetingKind.${m.kind}` as MessageKey)}
          </Descriptions.Item>
          <Descriptions.Item label={t('meetings.chair')}>
            {[m.chairName, m.chairTitle].filter(Boolean).join(', ') || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('meetings.location')}>{m.location ?? '—'}</Descriptions.Item>
          {m.attendees.length ? (
            <Descriptions.Item label={t('meetings.attendees')} span={3}>
              {m.attendees
                .map((a) => a.personName ?? a.orgName)
                .filter(Boolean)
                .join('; ')}
            </Descriptions.Item>
          ) : null}
          {m.announcementIds.length ? (
            <Descriptions.Item label={t('nav.announcements')}>
              {m.announcementIds.map((aid) => (
                <Link key={aid} to={`/announcements/${aid}`} style={{ marginRight: 8 }}>
                  {t('task.openAnnouncement')}
                </Link>
              ))}
            </Descriptions.Item>
          ) : null}
        </Descriptions>
      </Card>
      <Card title={t('items.title', { n: items.length })}>
        {items.length === 0 ? (
          <EmptyState title={t('items.empty')}>
            {canEdit ? <Button onClick={() => setEditing('new')}>{t('items.add')}</Button> : null}
          </EmptyState>
        ) : (
          <Collapse
            defaultActiveKey={items.length <= 3 ? items.map((i) => i.id) : []}
            items={items.map((item) => ({
              key: item.id,
              label: (
                <Flex gap={8} align="baseline" wrap>
                  <Typography.Text strong>{item.indexLabel ?? item.position}.</Typography.Text>
                  <Typography.Text style={{ flex: 1, minWidth: 200 }}>{item.title}</Typography.Text>
                </Flex>
              ),
              extra: (
                <Space size={4} wrap onClick={(e) => e.stopPropagation()}>
                  {item.verdict ? (
                    <Tag color={VERDICT_COLOR[item.verdict]}>
                      {t(`verdict.${item.verdict}` as MessageKey)}
                    </Tag>
                  ) : null}
                  <Tag>{t('items.taskCount', { n: item.taskCount })}</Tag>
                  {canEdit ? (
                    <Button
                      size="small"
                      type="text"
                      icon={<EditOutlined />}
                      aria-label={t('common.edit')}
                      onClick={() => setEditing(item)}
                    />
                  ) : null}
                </Space>
              ),
              children: <ItemBody item={item} tasks={byItem.get(item.id) ?? []} />,
            }))}
          />
        )}
        {loose.length ? (
          <div style={{ marginTop: 16 }}>
            <Typography.Text strong>{t('items.otherTasks')}</Typography.Text>
            <TaskMiniList tasks={loose} empty="" max={20} />
          </div>
        ) : null}
      </Card>
      {editing ? (
        <ItemFormDrawer
          meetingId={m.id}
          item={editing === 'new' ? undefined : editing}
          nextPosition={items.length + 1}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </>
  );
}
