/**
 * Reports on the follow-up of conclusions, computed by the server for a period of assignment
 * and a day: by agency (under its name then, or today's successor), by the leader who
 * chaired the meeting, by meeting, and lateness as lead versus as coordinator. A chart, a
 * table with totals, and the XLSX / DOCX downloads of the same figures. Agency users get
 * the figures of the tasks their agency owns or coordinates (the server scopes them).
 * @module
 */
import { DownloadOutlined, FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import type { ReportCounts } from '@ketluan/contracts';
import { Button, Card, Flex, Tabs, Typography } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMe } from '../../api/auth.ts';
import {
  type GroupBy,
  reportExportUrl,
  useAgencyReport,
  useCoordinationReport,
  useLeaderReport,
  useMeetingReport,
} from '../../api/reports.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorState, LoadingState } from '../../components/states.tsx';
import { formatDate, todayIso } from '../../i18n/format.ts';
import { type MessageKey, useT } from '../../i18n/index.tsx';
import { CategoryCards } from '../dashboard/category-cards.tsx';
import {
  CATEGORY_TIMELINESS,
  type ChartRow,
  chartRows,
  taskListLink,
} from '../dashboard/summary.ts';
import { CoordinationTable } from './coordination-table.tsx';
import { leaderLabel, meetingLabel } from './leaders.ts';
import { ReportTable, useFormats } from './report-table.tsx';

const CategoryChart = lazy(() => import('../../components/category-chart.tsx'));
const LatenessChart = lazy(() => import('./lateness-chart.tsx'));
const ReportFilters = lazy(() => import('./report-filters.tsx'));

const VIEWS = ['agencies', 'leaders', 'meetings', 'coordination'] as const;
type View = (typeof VIEWS)[number];

function Rates({ counts }: { counts: ReportCounts }) {
  const t = useT();
  const f = useFormats();
  return (
    <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }} data-testid="rates">
      {t('reports.rates', {
        completion: f.rate(counts.completionRate),
        onTime: f.onTime(counts),
      })}
      {counts.averageDelayDays === null
        ? ''
        : ` · ${t('reports.meanDelay', { n: f.days(counts.averageDelayDays) })}`}
    </Typography.Paragraph>
  );
}

export default function ReportsPage() {
  const t = useT();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const get = (k: string) => params.get(k) ?? undefined;
  const view: View = VIEWS.includes(get('view') as View) ? (get('view') as View) : 'agencies';
  const groupBy: GroupBy = get('groupBy') === 'successor' ? 'successor' : 'owner';
  const from = get('from');
  const to = get('to');
  const asOf = get('asOf');
  const period = useMemo(() => ({ from, to, asOf }), [from, to, asOf]);
  const set = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) v ? next.set(k, v) : next.delete(k);
    setParams(next, { replace: true });
  };

  const agencies = useAgencyReport({ ...period, groupBy }, view === 'agencies');
  const leaders = useLeaderReport(period, view === 'leaders');
  const meetings = useMeetingReport(period, view === 'meetings');
  const coordination = useCoordinationReport(period, view === 'coordination');
  const current = { agencies, leaders, meetings, coordination }[view];
  const isAgency = me?.role === 'agency';

  const chart: ChartRow[] = useMemo(() => {
    if (view === 'agencies')
      return chartRows(
        agencies.data?.rows ?? [],
        (r) => r.orgId,
        (r) => r.orgName,
      );
    if (view === 'leaders')
      return chartRows(
        leaders.data?.rows ?? [],
        (r) => r.leader,
        (r) => leaderLabel(t, r.leader),
      );
    if (view === 'meetings')
      return chartRows(
        meetings.data?.rows ?? [],
        (r) => r.meetingId ?? '',
        (r) => meetingLabel(t, r, formatDate),
      );
    return [];
  }, [view, agencies.data, leaders.data, meetings.data, t]);

  const onSelect = (key: string) => {
    if (view === 'agencies') navigate(taskListLink({ owner: key }, period));
    else if (view === 'meetings' && key) navigate(`/meetings/${key}`);
    else if (view === 'leaders') navigate(`/dashboard?leader=${encodeURIComponent(key)}`);
  };
  const exportFilters = { ...period, groupBy };
  const periodLine = [
    from || to
      ? t('reports.periodLine', {
          from: from ? formatDate(from) : '…',
          to: to ? formatDate(to) : '…',
        })
      : t('reports.allPeriods'),
    t('dashboard.asOfLine', { date: formatDate(current.data?.asOf ?? asOf ?? todayIso()) }),
  ].join(' · ');

  const body = () => {
    if (current.error)
      return (
        <ErrorState
          error={current.error}
          onRetry={() => void current.refetch()}
          feature={t('reports.title')}
        />
      );
    if (current.isPending || !current.data) return <LoadingState rows={10} />;
    if (view === 'coordination' && coordination.data) {
      const late = coordination.data.rows
        .map((r) => ({
          name: r.orgName,
          lead: r.lead.doneLate + r.lead.openOverdue,
          coordinator: r.coordinator.doneLate + r.coordinator.openOverdue,
        }))
        .filter((r) => r.lead + r.coordinator > 0)
        .sort((a, b) => b.lead + b.coordinator - (a.lead + a.coordinator))
        .slice(0, 15);
      return (
        <>
          <Typography.Paragraph type="secondary">
            {t('reports.coordinationHelp')}
          </Typography.Paragraph>
          {late.length ? (
            <Suspense fallback={<LoadingState rows={6} />}>
              <LatenessChart rows={late} label={t('reports.latenessChartLabel')} />
            </Suspense>
          ) : null}
          <CoordinationTable
            report={coordination.data}
            orgLink={(orgId) => taskListLink({ owner: orgId }, period)}
          />
        </>
      );
    }
    const tableFor = () => {
      if (view === 'agencies' && agencies.data)
        return (
          <ReportTable
            rows={agencies.data.rows}
            total={agencies.data.total}
            rowKey={(r) => r.orgId}
            nameTitle={t('reports.agency')}
            nameOf={(r) => r.orgName}
            renderName={(r) => (
              <Link to={taskListLink({ owner: r.orgId }, period)}>
                {r.orgId === me?.orgId ? <strong>{r.orgName}</strong> : r.orgName}
              </Link>
            )}
            testId="report-table"
          />
        );
      if (view === 'leaders' && leaders.data)
        return (
          <ReportTable
            rows={leaders.data.rows}
            total={leaders.data.total}
            rowKey={(r) => r.leader}
            nameTitle={t('reports.leader')}
            nameOf={(r) => r.leader}
            renderName={(r) => (
              <>
                <div>{leaderLabel(t, r.leader)}</div>
                {r.meetings ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('reports.meetingCount', { n: r.meetings })}
                  </Typography.Text>
                ) : null}
              </>
            )}
            testId="report-table"
          />
        );
      if (view === 'meetings' && meetings.data)
        return (
          <ReportTable
            rows={meetings.data.rows}
            total={meetings.data.total}
            rowKey={(r) => r.meetingId ?? 'none'}
            nameTitle={t('reports.meeting')}
            nameOf={(r) => r.meetingDate ?? ''}
            renderName={(r) =>
              r.meetingId ? (
                <Link to={`/meetings/${r.meetingId}`}>{meetingLabel(t, r, formatDate)}</Link>
              ) : (
                meetingLabel(t, r, formatDate)
              )
            }
            testId="report-table"
          />
        );
      return null;
    };
    return (
      <>
        {chart.length ? (
          <Suspense fallback={<LoadingState rows={6} />}>
            <CategoryChart
              rows={chart}
              label={t('reports.chartLabel', { view: t(`reports.view.${view}` as MessageKey) })}
              labelWidth={view === 'meetings' ? 300 : 230}
              onSelect={onSelect}
            />
          </Suspense>
        ) : null}
        {tableFor()}
      </>
    );
  };

  const totals =
    view === 'coordination'
      ? coordination.data?.total.lead
      : current.data && 'total' in current.data
        ? (current.data.total as ReportCounts)
        : undefined;

  return (
    <>
      <PageHeader
        title={t('reports.title')}
        subtitle={periodLine}
        extra={
          <>
            <Button
              href={reportExportUrl('xlsx', exportFilters)}
              download
              icon={<FileExcelOutlined />}
              data-testid="export-xlsx"
            >
              {t('reports.downloadXlsx')}
            </Button>
            <Button
              href={reportExportUrl('docx', exportFilters)}
              download
              icon={<FileWordOutlined />}
              data-testid="export-docx"
            >
              {t('reports.downloadDocx')}
            </Button>
          </>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Suspense fallback={<div style={{ height: 32 }} />}>
          <ReportFilters
            value={{ from, to, asOf, groupBy }}
            onChange={set}
            showGroupBy={view === 'agencies'}
          />
        </Suspense>
        {isAgency ? (
          <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
            {t('reports.agencyScope', { org: me?.orgName ?? '' })}
          </Typography.Paragraph>
        ) : null}
      </Card>
      {totals ? (
        <div style={{ marginBottom: 16 }}>
          <CategoryCards
            counts={totals}
            linkFor={(c) => taskListLink({ timeliness: CATEGORY_TIMELINESS[c] }, period)}
          />
          <Rates counts={totals} />
        </div>
      ) : null}
      <Card>
        <Tabs
          activeKey={view}
          onChange={(v) => set({ view: v === 'agencies' ? undefined : v })}
          items={VIEWS.map((v) => ({ key: v, label: t(`reports.view.${v}` as MessageKey) }))}
        />
        <Flex vertical gap={16}>
          {body()}
        </Flex>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, fontSize: 12 }}>
          <DownloadOutlined /> {t('reports.downloadHelp')}
        </Typography.Paragraph>
      </Card>
    </>
  );
}
