/**
 * The reports' filters: the assignment period, the day the figures are computed for, and
 * whether an agency's past tasks count under its name then or under today's successor. A
 * chunk of its own (date pickers).
 * @module
 */
import { QuestionCircleOutlined } from '@ant-design/icons';
import { DatePicker, Flex, Segmented, Tooltip } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { GroupBy } from '../../api/reports.ts';
import { DATE_FORMAT } from '../../i18n/format.ts';
import { useT } from '../../i18n/index.tsx';

const toIso = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : undefined);

export interface ReportFilterValues {
  from?: string;
  to?: string;
  asOf?: string;
  groupBy: GroupBy;
}

export default function ReportFilters({
  value,
  onChange,
  showGroupBy,
}: {
  value: ReportFilterValues;
  onChange: (patch: Record<string, string | undefined>) => void;
  showGroupBy: boolean;
}) {
  const t = useT();
  return (
    <Flex gap={8} wrap align="center" role="search" aria-label={t('reports.filters')}>
      <DatePicker.RangePicker
        format={DATE_FORMAT}
        allowEmpty={[true, true]}
        placeholder={[t('dashboard.periodFrom'), t('dashboard.periodTo')]}
        aria-label={t('dashboard.period')}
        value={[value.from ? dayjs(value.from) : null, value.to ? dayjs(value.to) : null]}
        onChange={(r) => onChange({ from: toIso(r?.[0]), to: toIso(r?.[1]) })}
      />
      <DatePicker
        format={DATE_FORMAT}
        placeholder={t('dashboard.asOf')}
        aria-label={t('dashboard.asOf')}
        value={value.asOf ? dayjs(value.asOf) : null}
        onChange={(d) => onChange({ asOf: toIso(d) })}
      />
      {showGroupBy ? (
        <Flex gap={4} align="center">
          <Segmented<GroupBy>
            aria-label={t('reports.groupBy')}
            value={value.groupBy}
            onChange={(groupBy) => onChange({ groupBy: groupBy === 'owner' ? undefined : groupBy })}
            options={[
              { value: 'owner', label: t('reports.groupByOwner') },
              { value: 'successor', label: t('reports.groupBySuccessor') },
            ]}
          />
          <Tooltip title={t('reports.groupByHelp')}>
            <QuestionCircleOutlined
              aria-label={t('reports.groupByHelp')}
              tabIndex={0}
              style={{ color: '#5c6270' }}
            />
          </Tooltip>
        </Flex>
      ) : null}
    </Flex>
  );
}
