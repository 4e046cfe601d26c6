/**
 * An agency's home: its open tasks, most urgent first (overdue, due soon, in progress,
 * reported and waiting for the Office), the tasks it coordinates, the bulk progress update
 * and its calendar feed. Each section asks the server for its first tasks only.
 * @module
 */
import { TableOutlined } from '@ant-design/icons';
import type { TaskStatus, Timeliness } from '@ketluan/contracts';
import { Badge, Button, Card, Col, Row } from 'antd';
import { lazy, Suspense } from 'react';
import { useNavigate } from 'react-router';
import { useMe } from '../../api/auth.ts';
import { type TaskFilters, useTaskSample } from '../../api/tasks.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorState, LoadingState } from '../../components/states.tsx';
import { TaskMiniList } from '../../components/task-mini-list.tsx';
import { useT } from '../../i18n/index.tsx';

const CalendarFeedCard = lazy(() => import('./calendar-feed-card.tsx'));

const OPEN: TaskStatus[] = ['assigned', 'in_progress', 'returned'];
const SECTION_SIZE = 20;

function Section({
  id,
  title,
  empty,
  color,
  filters,
  link,
  showOwner = false,
}: {
  id: string;
  title: string;
  empty: string;
  color: string;
  filters: TaskFilters;
  link: string;
  showOwner?: boolean;
}) {
  const tasks = useTaskSample({ ...filters, sort: 'due' }, { limit: SECTION_SIZE });
  const items = tasks.data?.items ?? [];
  const more = Boolean(tasks.data?.nextCursor);
  const count = more ? `${items.length}+` : items.length;
  return (
    <Col xs={24} lg={12}>
      <Card
        title={
          <span>
            {title}{' '}
            <Badge
              count={tasks.isPending ? 0 : count}
              showZero={!tasks.isPending}
              color={color}
              style={{ marginLeft: 4 }}
            />
          </span>
        }
        style={{ borderTop: `3px solid ${color}`, height: '100%' }}
        data-testid={`agency-${id}`}
      >
        {tasks.error ? (
          <ErrorState error={tasks.error} onRetry={() => void tasks.refetch()} />
        ) : tasks.isPending ? (
          <LoadingState rows={3} />
        ) : (
          <TaskMiniList
            tasks={items}
            empty={empty}
            showOwner={showOwner}
            max={SECTION_SIZE}
            total={count}
            moreLink={items.length ? link : undefined}
          />
        )}
      </Card>
    </Col>
  );
}

export default function AgencyHomePage() {
  const t = useT();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const orgId = me?.orgId ?? undefined;
  if (!me) return <LoadingState rows={8} />;
  const mine = (timeliness: Timeliness[]): TaskFilters => ({
    owner: orgId,
    status: OPEN,
    timeliness,
  });
  const open = OPEN.join(',');
  return (
    <>
      <PageHeader
        title={t('agency.title')}
        subtitle={me.orgName ?? undefined}
        extra={
          <Button icon={<TableOutlined />} onClick={() => navigate('/bulk')}>
            {t('bulk.title')}
          </Button>
        }
      />
      <Row gutter={[16, 16]}>
        <Section
          id="overdue"
          title={t('agency.overdue')}
          empty={t('agency.noOverdue')}
          color="#b42318"
          filters={mine(['overdue'])}
          link={`/tasks?status=${open}&timeliness=overdue`}
        />
        <Section
          id="dueSoon"
          title={t('agency.dueSoon')}
          empty={t('agency.noDueSoon')}
          color="#b7791f"
          filters={mine(['due_soon'])}
          link={`/tasks?status=${open}&timeliness=due_soon`}
        />
        <Section
          id="inProgress"
          title={t('agency.inProgress')}
          empty={t('agency.noInProgress')}
          color="#1d4f91"
          filters={mine(['not_due', 'no_deadline'])}
          link={`/tasks?status=${open}&timeliness=not_due,no_deadline`}
        />
        <Section
          id="reported"
          title={t('agency.reported')}
          empty={t('agency.noReported')}
          color="#6b4fbb"
          filters={{ owner: orgId, status: ['reported'] }}
          link="/tasks?status=reported"
        />
        {orgId ? (
          <Section
            id="coordinated"
            title={t('agency.coordinated')}
            empty={t('agency.noCoordinated')}
            color="#0f766e"
            filters={{ coordinator: orgId, status: [...OPEN, 'reported'] }}
            link={`/tasks?coordinator=${orgId}&status=${open},reported`}
            showOwner
          />
        ) : null}
        {orgId ? (
          <Col xs={24} lg={12}>
            <Suspense fallback={<LoadingState rows={4} />}>
              <CalendarFeedCard orgId={orgId} />
            </Suspense>
          </Col>
        ) : null}
      </Row>
    </>
  );
}
