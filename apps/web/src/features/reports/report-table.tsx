/**
 * The table of a report: one row per group (agency, leader, meeting) with the four
 * categories, the rates and the mean delay, and a "Tổng cộng" row with the report's totals.
 * @module
 */
import type { ReportCounts } from '@ketluan/contracts';
import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { EmptyState } from '../../components/states.tsx';
import { useI18n, useT } from '../../i18n/index.tsx';
import { CATEGORIES, CATEGORY_COLOR, CATEGORY_LABEL, ratePercent } from '../dashboard/summary.ts';

type NumberKey = 'assigned' | (typeof CATEGORIES)[number];

/** `0,875` → "87,5%", `null` → "—", in the UI's number format. */
export function useFormats() {
  const locale = useI18n().lang === 'vi' ? 'vi-VN' : 'en-GB';
  return {
    rate: (r: number) => `${ratePercent(r).toLocaleString(locale)}%`,
    /** The on-time rate, or "—" when nothing is done yet (0 % would say "all late"). */
    onTime: (c: Pick<ReportCounts, 'onTimeRate' | 'doneOnTime' | 'doneLate'>) =>
      c.doneOnTime + c.doneLate ? `${ratePercent(c.onTimeRate).toLocaleString(locale)}%` : '—',
    days: (d: number | null) =>
      d === null ? '—' : (Math.round(d * 10) / 10).toLocaleString(locale),
    int: (n: number) => n.toLocaleString(locale),
  };
}

export function ReportTable<T extends ReportCounts>({
  rows,
  total,
  rowKey,
  nameTitle,
  renderName,
  nameOf,
  testId,
}: {
  rows: T[];
  total: ReportCounts;
  rowKey: (row: T) => string;
  nameTitle: string;
  renderName: (row: T) => ReactNode;
  /** For sorting by name. */
  nameOf: (row: T) => string;
  testId?: string;
}) {
  const t = useT();
  const f = useFormats();
  const numberColumn = (key: NumberKey, title: string, color?: string) => ({
    title,
    dataIndex: key,
    key,
    width: 96,
    align: 'right' as const,
    sorter: (a: T, b: T) => a[key] - b[key],
    render: (n: number) => (
      <span style={n && color ? { color, fontWeight: 500 } : undefined}>{f.int(n)}</span>
    ),
  });
  const columns: ColumnsType<T> = [
    {
      title: nameTitle,
      key: 'name',
      fixed: 'left',
      width: 240,
      sorter: (a, b) => nameOf(a).localeCompare(nameOf(b), 'vi'),
      render: (_: unknown, row) => renderName(row),
    },
    numberColumn('assigned', t('reports.assigned')),
    ...CATEGORIES.map((c) =>
      numberColumn(c, t(CATEGORY_LABEL[c]), c === 'openOverdue' ? CATEGORY_COLOR[c] : undefined),
    ),
    {
      title: t('reports.completionRate'),
      dataIndex: 'completionRate',
      key: 'completionRate',
      width: 96,
      align: 'right',
      sorter: (a, b) => a.completionRate - b.completionRate,
      render: f.rate,
    },
    {
      title: t('reports.onTimeRate'),
      dataIndex: 'onTimeRate',
      key: 'onTimeRate',
      width: 96,
      align: 'right',
      sorter: (a, b) => a.onTimeRate - b.onTimeRate,
      render: (_: number, row) => f.onTime(row),
    },
    {
      title: t('reports.averageDelay'),
      dataIndex: 'averageDelayDays',
      key: 'averageDelayDays',
      width: 96,
      align: 'right',
      sorter: (a, b) => (a.averageDelayDays ?? -1) - (b.averageDelayDays ?? -1),
      render: f.days,
    },
  ];
  const cells: [string, ReactNode][] = [
    ['assigned', f.int(total.assigned)],
    ...CATEGORIES.map((c): [string, ReactNode] => [c, f.int(total[c])]),
    ['completionRate', f.rate(total.completionRate)],
    ['onTimeRate', f.onTime(total)],
    ['averageDelayDays', f.days(total.averageDelayDays)],
  ];
  return (
    <Table<T>
      rowKey={rowKey}
      columns={columns}
      dataSource={rows}
      size="middle"
      scroll={{ x: 1010 }}
      pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      data-testid={testId}
      locale={{ emptyText: <EmptyState title={t('reports.empty')} /> }}
      summary={() =>
        rows.length ? (
          <Table.Summary fixed="bottom">
            <Table.Summary.Row className="report-total" data-testid="report-total">
              <Table.Summary.Cell index={0}>
                <Typography.Text strong>{t('reports.total')}</Typography.Text>
              </Table.Summary.Cell>
              {cells.map(([key, value], i) => (
                <Table.Summary.Cell key={key} index={i + 1} align="right">
                  <Typography.Text strong data-testid={`total-${key}`}>
                    {value}
                  </Typography.Text>
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          </Table.Summary>
        ) : null
      }
    />
  );
}
