/**
 * The dashboard's filters (period, chairing leader, "as of" date). A chunk of its own: the
 * date pickers load beside the figures instead of before them.
 * @module
 */
import { DatePicker, Flex, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { DATE_FORMAT } from '../../i18n/format.ts';
import { useT } from '../../i18n/index.tsx';
import { leaderLabel } from '../reports/leaders.ts';

const toIso = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : undefined);

export interface DashboardFilterValues {
  from?: string;
  to?: string;
  asOf?: string;
  leader?: string;
}

export default function DashboardFilters({
  value,
  onChange,
  leaders,
  leadersLoading,
}: {
  value: DashboardFilterValues;
  onChange: (patch: Record<string, string | undefined>) => void;
  /** The leaders who chaired the meetings of the period (from the report by leader). */
  leaders: string[];
  leadersLoading?: boolean;
}) {
  const t = useT();
  return (
    <Flex gap={8} wrap role="search" aria-label={t('dashboard.filters')}>
      <DatePicker.RangePicker
        format={DATE_FORMAT}
        allowEmpty={[true, true]}
        placeholder={[t('dashboard.periodFrom'), t('dashboard.periodTo')]}
        aria-label={t('dashboard.period')}
        value={[value.from ? dayjs(value.from) : null, value.to ? dayjs(value.to) : null]}
        onChange={(r) => onChange({ from: toIso(r?.[0]), to: toIso(r?.[1]) })}
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('dashboard.leader')}
        aria-label={t('dashboard.leader')}
        loading={leadersLoading}
        value={value.leader}
        onChange={(leader?: string) => onChange({ leader })}
        options={leaders.map((l) => ({ value: l, label: leaderLabel(t, l) }))}
        notFoundContent={t('dashboard.noLeaders')}
        popupMatchSelectWidth={false}
        style={{ width: 200 }}
        data-testid="leader-filter"
      />
      <DatePicker
        format={DATE_FORMAT}
        placeholder={t('dashboard.asOf')}
        aria-label={t('dashboard.asOf')}
        value={value.asOf ? dayjs(value.asOf) : null}
        onChange={(d) => onChange({ asOf: toIso(d) })}
      />
    </Flex>
  );
}
