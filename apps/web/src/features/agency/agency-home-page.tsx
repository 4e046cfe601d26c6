import { Badge, Card, Col, Row } from 'antd';
import { useMemo } from 'react';
import { useMe } from '../../api/auth.ts';
import { useAllTasks } from '../../api/tasks.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorState, LoadingState } from '../../components/states.tsx';
import { TaskMiniList } from '../../components/task-mini-list.tsx';
import { useT } from '../../i18n/index.tsx';

/** An agency's own tasks, most urgent first: overdue, due soon, in progress, reported. */
export default function AgencyHomePage() {
  const t = useT();
  const { data: me } = useMe();
  const tasks = useAllTasks(
    { owner: me?.orgId ?? undefined, sort: 'due' },
    { enabled: Boolean(me) },
  );
  const groups = useMemo(() => {
    const items = (tasks.data?.items ?? []).filter((x) => !me?.orgId || x.ownerOrgId === me.orgId);
    const open = items.filter((x) => ['assigned', 'in_progress', 'returned'].includes(x.status));
    return {
      overdue: open.filter((x) => x.timeliness === 'overdue'),
      dueSoon: open.filter((x) => x.timeliness === 'due_soon'),
      inProgress: open.filter((x) => x.timeliness === 'not_due' || x.timeliness === 'no_deadline'),
      reported: items.filter((x) => x.status === 'reported'),
    };
  }, [tasks.data, me?.orgId]);

  const section = (
    key: keyof typeof groups,
    title: string,
    empty: string,
    color: string,
    link: string,
  ) => (
    <Col xs={24} lg={12} key={key}>
      <Card
        title={
          <span>
            {title}{' '}
            <Badge count={groups[key].length} showZero color={color} style={{ marginLeft: 4 }} />
          </span>
        }
        style={{ borderTop: `3px solid ${color}`, height: '100%' }}
        data-testid={`agency-${key}`}
      >
        <TaskMiniList tasks={groups[key]} empty={empty} showOwner={false} moreLink={link} />
      </Card>
    </Col>
  );

  return (
    <>
      <PageHeader title={t('agency.title')} subtitle={me?.orgName ?? undefined} />
      {tasks.error ? (
        <Card>
          <ErrorState
            error={tasks.error}
            onRetry={() => void tasks.refetch()}
            feature={t('agency.title')}
          />
        </Card>
      ) : tasks.isPending ? (
        <LoadingState rows={8} />
      ) : (
        <Row gutter={[16, 16]}>
          {section(
            'overdue',
            t('agency.overdue'),
            t('agency.noOverdue'),
            '#b42318',
            '/tasks?timeliness=overdue',
          )}
          {section(
            'dueSoon',
            t('agency.dueSoon'),
            t('agency.noDueSoon'),
            '#b7791f',
            '/tasks?timeliness=due_soon',
          )}
          {section(
            'inProgress',
            t('agency.inProgress'),
            t('agency.noInProgress'),
            '#1d4f91',
            '/tasks?status=assigned,in_progress,returned',
          )}
          {section(
            'reported',
            t('agency.reported'),
            t('agency.noReported'),
            '#6b4fbb',
            '/tasks?status=reported',
          )}
        </Row>
      )}
    </>
  );
}
