/**
 * The dashboard's filters (period, leader, "as of" date). A chunk of its own: the date
 * pickers load beside the figures instead of before them.
 * @module
 */
import { DatePicker, Flex, Select, Tooltip } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { DATE_FORMAT } from '../../i18n/format.ts';
import { useT } from '../../i18n/index.tsx';

const toIso = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : undefined);

export interface DashboardFilterValues {
  from?: string;
  to?: string;
  asOf?: string;
}

export default function DashboardFilters({
  value,
  onChange,
}: {
  value: DashboardFilterValues;
  onChange: (patch: Record<string, string | undefined>) => void;
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
      <Tooltip title={t('dashboard.leaderPending')}>
        <Select
          disabled
          placeholder={t('dashboard.leader')}
          aria-label={t('dashboard.leader')}
          style={{ width: 180 }}
        />
      </Tooltip>
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
