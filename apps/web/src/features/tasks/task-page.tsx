import { ArrowLeftOutlined } from '@ant-design/icons';
import type { Task } from '@ketluan/contracts';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  Descriptions,
  Flex,
  List,
  Row,
  Space,
  Typography,
} from 'antd';
import { Link, useParams } from 'react-router';
import { useMe } from '../../api/auth.ts';
import { useTask } from '../../api/tasks.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.tsx';
import { StatusTag, TimelinessTag } from '../../components/tags.tsx';
import { formatDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/index.tsx';
import { TaskActions } from './task-actions.tsx';
import { TaskTimeline } from './task-timeline.tsx';

function Deadline({ task }: { task: Task }) {
  const t = useT();
  if (!task.dueDate) return <>{task.deadlineText ?? t('tasks.noDeadline')}</>;
  const differs =
    task.dueDateStrict && task.dueDateInclusive && task.dueDateStrict !== task.dueDateInclusive;
  return (
    <Space direction="vertical" size={0}>
      <Typography.Text strong>{formatDate(task.dueDate)}</Typography.Text>
      {task.deadlineText ? (
        <Typography.Text type="secondary">“{task.deadlineText}”</Typography.Text>
      ) : null}
      {differs ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('task.readings', {
            strict: formatDate(task.dueDateStrict),
            inclusive: formatDate(task.dueDateInclusive),
          })}
        </Typography.Text>
      ) : null}
      {task.dueOverridden ? (
        <Typography.Text type="warning" style={{ fontSize: 12 }}>
          {t('task.overridden')}
        </Typography.Text>
      ) : null}
    </Space>
  );
}

export default function TaskPage() {
  const t = useT();
  const { id } = useParams();
  const { data: me } = useMe();
  const task = useTask(id);

  if (task.isPending) return <LoadingState rows={10} />;
  if (task.error)
    return (
      <ErrorState
        error={task.error}
        onRetry={() => void task.refetch()}
        feature={t('tasks.title')}
      />
    );
  const data = task.data;

  return (
    <>
      <Link to="/tasks">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingLeft: 0 }}>
          {t('task.back')}
        </Button>
      </Link>
      <PageHeader
        title={data.title}
        subtitle={
          <Space wrap>
            <StatusTag value={data.status} />
            <TimelinessTag value={data.timeliness} />
            <span>{data.ownerName}</span>
          </Space>
        }
      />
      {data.pendingExtension ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('task.pendingExtension', {
            date: formatDate(data.pendingExtension.requestedDate),
          })}
          description={data.pendingExtension.reason}
        />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <Card title={t('task.details')}>
            <Descriptions column={1} size="small" labelStyle={{ width: 180 }} bordered>
              <Descriptions.Item label={t('tasks.owner')}>{data.ownerName}</Descriptions.Item>
              <Descriptions.Item label={t('task.coordinators')}>
                {data.coordinators.length === 0
                  ? '—'
                  : data.coordinators.map((c) => (
                      <div key={c.orgId}>
                        {c.name}
                        {c.inputDueDate
                          ? ` (${t('task.inputBy', { date: formatDate(c.inputDueDate) })})`
                          : ''}
                      </div>
                    ))}
              </Descriptions.Item>
              <Descriptions.Item label={t('task.deadline')}>
                <Deadline task={data} />
              </Descriptions.Item>
              <Descriptions.Item label={t('tasks.assigned')}>
                {formatDate(data.assignedDate)}
              </Descriptions.Item>
              {data.completedDate ? (
                <Descriptions.Item label={t('task.completed')}>
                  {formatDate(data.completedDate)}
                </Descriptions.Item>
              ) : null}
              {data.expectedOutput ? (
                <Descriptions.Item label={t('task.output')}>
                  {data.expectedOutput}
                </Descriptions.Item>
              ) : null}
              {data.forum ? (
                <Descriptions.Item label={t('task.forum')}>{data.forum}</Descriptions.Item>
              ) : null}
              {data.meetingId ? (
                <Descriptions.Item label={t('task.source')}>
                  <Link to={`/meetings/${data.meetingId}`}>{t('task.openMeeting')}</Link>
                  {data.announcementId ? (
                    <>
                      {' · '}
                      <Link to={`/announcements/${data.announcementId}`}>
                        {t('task.openAnnouncement')}
                      </Link>
                    </>
                  ) : null}
                </Descriptions.Item>
              ) : null}
            </Descriptions>
            {data.content ? (
              <Typography.Paragraph style={{ marginTop: 16, whiteSpace: 'pre-wrap' }}>
                {data.content}
              </Typography.Paragraph>
            ) : null}
          </Card>
          <Card title={t('task.revisionPoints')} style={{ marginTop: 16 }}>
            {data.revisionPoints.length === 0 ? (
              <EmptyState title={t('task.noRevisionPoints')} />
            ) : (
              <List
                dataSource={data.revisionPoints}
                renderItem={(p) => (
                  <List.Item>
                    <Flex gap={12} align="flex-start">
                      <Checkbox checked={p.checked} disabled aria-label={p.text} />
                      <div>
                        <Typography.Text delete={false}>{p.text}</Typography.Text>
                        {p.note ? (
                          <div>
                            <Typography.Text type="secondary">↳ {p.note}</Typography.Text>
                          </div>
                        ) : null}
                      </div>
                    </Flex>
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={9}>
          {me ? <TaskActions task={data} me={me} /> : null}
          <Card title={t('task.timeline')} style={{ marginTop: 16 }}>
            <TaskTimeline taskId={data.id} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
