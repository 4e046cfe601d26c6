/**
 * The overview: the four categories and the chart by agency from the server's report
 * (`/api/reports/agencies`), the overdue / due-soon / no-deadline lists as the first ten of
 * each filtered task list. A chairing leader narrows the figures to the meetings they chaired
 * (`/api/reports/leaders`, `/api/reports/meetings`).
 * @module
 */
import type { MeetingReport, Timeliness } from '@ketluan/contracts';
import { Card, Col, Row, Typography } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useAgencyReport, useLeaderReport, useMeetingReport } from '../../api/reports.ts';
import { useTaskSample } from '../../api/tasks.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.tsx';
import { TaskMiniList } from '../../components/task-mini-list.tsx';
import { formatDate, todayIso } from '../../i18n/format.ts';
import { useT } from '../../i18n/index.tsx';
import { leaderLabel, leaderOfMeeting, meetingLabel } from '../reports/leaders.ts';
import { CategoryCards } from './category-cards.tsx';
import { CATEGORY_TIMELINESS, chartRows, DASHBOARD_LIST_SIZE, taskListLink } from './summary.ts';

const CategoryChart = lazy(() => import('../../components/category-chart.tsx'));
const DashboardFilters = lazy(() => import('./dashboard-filters.tsx'));

/** The first tasks of one timeliness, for a card; the count comes from the report. */
function TaskListCard({
  timeliness,
  title,
  empty,
  total,
  period,
}: {
  timeliness: Timeliness;
  title: string;
  empty: string;
  total: number;
  period: { from?: string; to?: string; asOf?: string };
}) {
  const tasks = useTaskSample(
    {
      timeliness: [timeliness],
      assignedFrom: period.from,
      assignedTo: period.to,
      asOf: period.asOf,
      sort: 'due',
    },
    { limit: DASHBOARD_LIST_SIZE },
  );
  return (
    <Card title={title} style={{ height: '100%' }} data-testid={`list-${timeliness}`}>
      {tasks.error ? (
        <ErrorState error={tasks.error} onRetry={() => void tasks.refetch()} />
      ) : tasks.isPending ? (
        <LoadingState rows={4} />
      ) : (
        <TaskMiniList
          tasks={tasks.data.items}
          empty={empty}
          max={DASHBOARD_LIST_SIZE}
          total={total}
          moreLink={total > 0 ? taskListLink({ timeliness, sort: 'due' }, period) : undefined}
          asOf={period.asOf}
        />
      )}
    </Card>
  );
}

/** The meetings a leader chaired in the period, with links to their overdue tasks. */
function LeaderMeetings({
  rows,
  period,
}: {
  rows: MeetingReport['rows'];
  period: { from?: string; to?: string; asOf?: string };
}) {
  const t = useT();
  if (rows.length === 0) return <EmptyState title={t('dashboard.noMeetings')} />;
  return (
    <ul className="mini-list">
      {rows.map((m) => (
        <li key={m.meetingId ?? 'none'}>
          {m.meetingId ? (
            <Link to={`/meetings/${m.meetingId}`}>{meetingLabel(t, m, formatDate)}</Link>
          ) : (
            <Typography.Text>{meetingLabel(t, m, formatDate)}</Typography.Text>
          )}
          <div style={{ fontSize: 12 }}>
            <Typography.Text type="secondary">
              {t('dashboard.meetingFigures', { n: m.assigned, done: m.doneOnTime + m.doneLate })}
            </Typography.Text>
            {m.meetingId && m.openOverdue > 0 ? (
              <>
                {' · '}
                <Link
                  to={taskListLink({ meeting: m.meetingId, timeliness: 'overdue' }, period)}
                  style={{ color: '#b42318' }}
                >
                  {t('dashboard.meetingOverdue', { n: m.openOverdue })}
                </Link>
              </>
            ) : null}
            {m.meetingId && m.dueSoon > 0 ? (
              <>
                {' · '}
                <Link to={taskListLink({ meeting: m.meetingId, timeliness: 'due_soon' }, period)}>
                  {t('dashboard.meetingDueSoon', { n: m.dueSoon })}
                </Link>
              </>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}

export default function DashboardPage() {
  const t = useT();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const from = params.get('from') ?? undefined;
  const to = params.get('to') ?? undefined;
  const asOf = params.get('asOf') ?? undefined;
  const leader = params.get('leader') ?? undefined;
  const set = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) v ? next.set(k, v) : next.delete(k);
    setParams(next, { replace: true });
  };
  const period = useMemo(() => ({ from, to, asOf }), [from, to, asOf]);
  const agencies = useAgencyReport(period);
  const leaders = useLeaderReport(period);
  const meetings = useMeetingReport(period, Boolean(leader));
  const leaderRow = leader ? leaders.data?.rows.find((r) => r.leader === leader) : undefined;
  const leaderMeetings = useMemo(
    () => (meetings.data?.rows ?? []).filter((m) => leader && leaderOfMeeting(m) === leader),
    [meetings.data, leader],
  );

  const report = leader ? leaders : agencies;
  const counts = leader ? leaderRow : agencies.data?.total;
  const chart = useMemo(
    () =>
      leader
        ? chartRows(
            leaderMeetings,
            (m) => m.meetingId ?? '',
            (m) => meetingLabel(t, m, formatDate),
          )
        : chartRows(
            agencies.data?.rows ?? [],
            (r) => r.orgId,
            (r) => r.orgName,
          ),
    [leader, leaderMeetings, agencies.data, t],
  );
  const groups = leader ? leaderMeetings.length : (agencies.data?.rows.length ?? 0);

  return (
    <>
      <PageHeader
        title={t('dashboard.title')}
        subtitle={
          leader
            ? t('dashboard.asOfLineLeader', {
                date: formatDate(asOf ?? todayIso()),
                leader: leaderLabel(t, leader),
              })
            : t('dashboard.asOfLine', { date: formatDate(asOf ?? todayIso()) })
        }
        extra={
          <Suspense fallback={<div style={{ height: 32, width: 620, maxWidth: '100%' }} />}>
            <DashboardFilters
              value={{ from, to, asOf, leader }}
              onChange={set}
              leaders={(leaders.data?.rows ?? []).map((r) => r.leader)}
              leadersLoading={leaders.isPending}
            />
          </Suspense>
        }
      />
      {report.error ? (
        <Card>
          <ErrorState
            error={report.error}
            onRetry={() => void report.refetch()}
            feature={t('dashboard.title')}
          />
        </Card>
      ) : report.isPending || (leader && meetings.isPending) ? (
        <LoadingState rows={10} />
      ) : !counts || counts.assigned === 0 ? (
        <>
          {counts ? (
            <CategoryCards
              counts={counts}
              linkFor={(c) => taskListLink({ timeliness: CATEGORY_TIMELINESS[c] }, period)}
            />
          ) : null}
          <Card style={{ marginTop: 16 }}>
            <EmptyState title={leader ? t('dashboard.emptyLeader') : t('dashboard.empty')} />
          </Card>
        </>
      ) : (
        <>
          <CategoryCards
            counts={counts}
            linkFor={(c) => taskListLink({ timeliness: CATEGORY_TIMELINESS[c] }, period)}
          />
          {leader ? (
            <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
              <Col xs={24} xl={16}>
                <Card title={t('dashboard.byMeeting', { leader: leaderLabel(t, leader) })}>
                  <Suspense fallback={<LoadingState rows={6} />}>
                    <CategoryChart
                      rows={chart}
                      label={t('dashboard.meetingChartLabel')}
                      labelWidth={280}
                      onSelect={(id) => id && navigate(taskListLink({ meeting: id }, period))}
                    />
                  </Suspense>
                </Card>
              </Col>
              <Col xs={24} xl={8}>
                <Card
                  title={t('dashboard.leaderMeetings', { n: leaderMeetings.length })}
                  style={{ height: '100%' }}
                >
                  <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
                    {t('dashboard.leaderListsHelp')}
                  </Typography.Paragraph>
                  <LeaderMeetings rows={leaderMeetings} period={period} />
                </Card>
              </Col>
            </Row>
          ) : (
            <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
              <Col xs={24} xl={15}>
                <Card title={t('dashboard.byAgency')} style={{ height: '100%' }}>
                  <Suspense fallback={<LoadingState rows={6} />}>
                    <CategoryChart
                      rows={chart}
                      label={t('dashboard.chartLabel')}
                      onSelect={(orgId) => navigate(taskListLink({ owner: orgId }, period))}
                    />
                  </Suspense>
                  {groups > chart.length ? (
                    <Typography.Text type="secondary">
                      {t('dashboard.topAgencies', { n: groups })}{' '}
                      <Link to="/reports">{t('dashboard.fullReport')}</Link>
                    </Typography.Text>
                  ) : null}
                </Card>
              </Col>
              <Col xs={24} xl={9}>
                <TaskListCard
                  timeliness="overdue"
                  title={t('dashboard.overdue', { n: counts.openOverdue })}
                  empty={t('dashboard.noOverdue')}
                  total={counts.openOverdue}
                  period={period}
                />
              </Col>
              <Col xs={24} lg={12}>
                <TaskListCard
                  timeliness="due_soon"
                  title={t('dashboard.dueSoon', { n: counts.dueSoon })}
                  empty={t('dashboard.noDueSoon')}
                  total={counts.dueSoon}
                  period={period}
                />
              </Col>
              <Col xs={24} lg={12}>
                <TaskListCard
                  timeliness="no_deadline"
                  title={t('dashboard.noDeadline', { n: counts.noDeadline })}
                  empty={t('dashboard.noNoDeadline')}
                  total={counts.noDeadline}
                  period={period}
                />
              </Col>
            </Row>
          )}
        </>
      )}
    </>
  );
}
