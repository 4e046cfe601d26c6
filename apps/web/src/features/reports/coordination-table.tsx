/**
 * Lateness of each agency as lead (chủ trì) kept apart from its lateness as coordinator
 * (ý kiến phối hợp requested with an earlier date of their own).
 * @module
 */
import type { CoordinationReport } from '@ketluan/contracts';
import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { EmptyState } from '../../components/states.tsx';
import { useT } from '../../i18n/index.tsx';
import { useFormats } from './report-table.tsx';

type Row = CoordinationReport['rows'][number];
type Side = 'lead' | 'coordinator';

const RED = '#b42318';

export function CoordinationTable({
  report,
  orgLink,
}: {
  report: CoordinationReport;
  orgLink: (orgId: string) => string;
}) {
  const t = useT();
  const f = useFormats();
  const num = (
    side: Side,
    key: 'assigned' | 'requested' | 'doneLate' | 'openOverdue',
    title: string,
    red = false,
  ) => ({
    title,
    key: `${side}.${key}`,
    width: 92,
    align: 'right' as const,
    sorter: (a: Row, b: Row) =>
      ((a[side] as Record<string, number>)[key] ?? 0) -
      ((b[side] as Record<string, number>)[key] ?? 0),
    render: (_: unknown, r: Row) => {
      const n = (r[side] as Record<string, number>)[key] ?? 0;
      return <span style={red && n ? { color: RED, fontWeight: 500 } : undefined}>{f.int(n)}</span>;
    },
  });
  const delay = (side: Side) => ({
    title: t('reports.averageDelay'),
    key: `${side}.delay`,
    width: 100,
    align: 'right' as const,
    render: (_: unknown, r: Row) => f.days(r[side].averageDelayDays),
  });
  const columns: ColumnsType<Row> = [
    {
      title: t('reports.agency'),
      key: 'name',
      fixed: 'left',
      width: 200,
      sorter: (a, b) => a.orgName.localeCompare(b.orgName, 'vi'),
      render: (_: unknown, r) => <Link to={orgLink(r.orgId)}>{r.orgName}</Link>,
    },
    {
      title: t('reports.asLead'),
      children: [
        num('lead', 'assigned', t('reports.assigned')),
        num('lead', 'doneLate', t('category.done_late')),
        num('lead', 'openOverdue', t('category.open_overdue'), true),
        delay('lead'),
      ],
    },
    {
      title: t('reports.asCoordinator'),
      children: [
        num('coordinator', 'requested', t('reports.inputsRequested')),
        num('coordinator', 'doneLate', t('reports.inputsLate')),
        num('coordinator', 'openOverdue', t('reports.inputsOverdue'), true),
        delay('coordinator'),
      ],
    },
  ];
  const { lead, coordinator } = report.total;
  const totals = [
    f.int(lead.assigned),
    f.int(lead.doneLate),
    f.int(lead.openOverdue),
    f.days(lead.averageDelayDays),
    f.int(coordinator.requested),
    f.int(coordinator.doneLate),
    f.int(coordinator.openOverdue),
    f.days(coordinator.averageDelayDays),
  ];
  return (
    <Table<Row>
      rowKey="orgId"
      columns={columns}
      dataSource={report.rows}
      size="middle"
      bordered
      scroll={{ x: 960 }}
      pagination={report.rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      data-testid="coordination-table"
      locale={{ emptyText: <EmptyState title={t('reports.empty')} /> }}
      summary={() =>
        report.rows.length ? (
          <Table.Summary.Row className="report-total">
            <Table.Summary.Cell index={0}>
              <Typography.Text strong>{t('reports.total')}</Typography.Text>
            </Table.Summary.Cell>
            {totals.map((v, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: fixed columns
              <Table.Summary.Cell key={i} index={i + 1} align="right">
                <Typography.Text strong>{v}</Typography.Text>
              </Table.Summary.Cell>
            ))}
          </Table.Summary.Row>
        ) : null
      }
    />
  );
}
