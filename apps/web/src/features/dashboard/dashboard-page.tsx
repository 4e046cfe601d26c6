import { Card, Col, Row, Statistic, Typography } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useAllTasks } from '../../api/tasks.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.tsx';
import { TaskMiniList } from '../../components/task-mini-list.tsx';
import { formatDate, todayIso } from '../../i18n/format.ts';
import { type MessageKey, useT } from '../../i18n/index.tsx';
import { CATEGORIES, CATEGORY_COLOR, CATEGORY_TIMELINESS, percent, summarise } from './summary.ts';

const AgencyChart = lazy(() => import('./agency-chart.tsx'));
const DashboardFilters = lazy(() => import('./dashboard-filters.tsx'));

export default function DashboardPage() {
  const t = useT();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const from = params.get('from') ?? undefined;
  const to = params.get('to') ?? undefined;
  const asOf = params.get('asOf') ?? undefined;
  const set = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) v ? next.set(k, v) : next.delete(k);
    setParams(next, { replace: true });
  };
  const tasks = useAllTasks({ assignedFrom: from, assignedTo: to, asOf });
  const summary = useMemo(() => summarise(tasks.data?.items ?? []), [tasks.data]);
  const listLink = (timeliness: string) => {
    const q = new URLSearchParams({ timeliness });
    if (asOf) q.set('asOf', asOf);
    return `/tasks?${q}`;
  };

  return (
    <>
      <PageHeader
        title={t('dashboard.title')}
        subtitle={t('dashboard.asOfLine', { date: formatDate(asOf ?? todayIso()) })}
        extra={
          <Suspense fallback={<div style={{ height: 32, width: 560, maxWidth: '100%' }} />}>
            <DashboardFilters value={{ from, to, asOf }} onChange={set} />
          </Suspense>
        }
      />
      {tasks.error ? (
        <Card>
          <ErrorState
            error={tasks.error}
            onRetry={() => void tasks.refetch()}
            feature={t('dashboard.title')}
          />
        </Card>
      ) : tasks.isPending ? (
        <LoadingState rows={10} />
      ) : (
        <>
          <Row gutter={[16, 16]}>
            {CATEGORIES.map((c) => (
              <Col key={c} xs={12} md={12} lg={6}>
                <Link
                  to={listLink(CATEGORY_TIMELINESS[c])}
                  aria-label={t(`category.${c}` as MessageKey)}
                >
                  <Card
                    hoverable
                    className="stat-card"
                    style={{ borderTop: `3px solid ${CATEGORY_COLOR[c]}` }}
                    data-testid={`stat-${c}`}
                  >
                    <Statistic
                      title={t(`category.${c}` as MessageKey)}
                      value={summary.counts[c]}
                      styles={{ content: { color: CATEGORY_COLOR[c], fontWeight: 600 } }}
                      suffix={
                        <Typography.Text type="secondary" style={{ fontSize: 14 }}>
                          {summary.total
                            ? ` / ${summary.total} · ${percent(summary.counts[c], summary.total)}%`
                            : ''}
                        </Typography.Text>
                      }
                    />
                  </Card>
                </Link>
              </Col>
            ))}
          </Row>
          {summary.total === 0 ? (
            <Card style={{ marginTop: 16 }}>
              <EmptyState title={t('dashboard.empty')} />
            </Card>
          ) : (
            <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
              <Col xs={24} lg={12}>
                <Card title={t('dashboard.overdue', { n: summary.overdue.length })}>
                  <TaskMiniList
                    tasks={summary.overdue}
                    empty={t('dashboard.noOverdue')}
                    moreLink={listLink('overdue')}
                    asOf={asOf}
                  />
                </Card>
              </Col>
              <Col xs={24} lg={12}>
                <Card title={t('dashboard.dueSoon', { n: summary.dueSoon.length })}>
                  <TaskMiniList
                    tasks={summary.dueSoon}
                    empty={t('dashboard.noDueSoon')}
                    moreLink={listLink('due_soon')}
                    asOf={asOf}
                  />
                </Card>
              </Col>
              <Col xs={24} xl={16}>
                <Card title={t('dashboard.byAgency')}>
                  <Suspense fallback={<LoadingState rows={6} />}>
                    <AgencyChart
                      rows={summary.byAgency.slice(0, 15)}
                      onSelect={(orgId) =>
                        navigate(`/tasks?owner=${orgId}${asOf ? `&asOf=${asOf}` : ''}`)
                      }
                    />
                  </Suspense>
                  {summary.byAgency.length > 15 ? (
                    <Typography.Text type="secondary">
                      {t('dashboard.topAgencies', { n: summary.byAgency.length })}
                    </Typography.Text>
                  ) : null}
                </Card>
              </Col>
              <Col xs={24} xl={8}>
                <Card title={t('dashboard.noDeadline', { n: summary.noDeadline.length })}>
                  <TaskMiniList
                    tasks={summary.noDeadline}
                    empty={t('dashboard.noNoDeadline')}
                    moreLink={listLink('no_deadline')}
                  />
                </Card>
              </Col>
            </Row>
          )}
        </>
      )}
    </>
  );
}
