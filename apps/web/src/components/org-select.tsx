import type { Org } from '@ketluan/contracts';
import { Select } from 'antd';
import { useMemo } from 'react';
import { useOrgs } from '../api/orgs.ts';
import { useT } from '../i18n/index.tsx';
import { fold } from './text.ts';

interface OrgSelectProps {
  value?: string | string[] | null;
  onChange?: (value: string | undefined) => void;
  /** Several orgs: `value` is an array (use inside a Form.Item). */
  mode?: 'multiple';
  placeholder?: string;
  allowClear?: boolean;
  id?: string;
  style?: React.CSSProperties;
  'aria-label'?: string;
  status?: 'warning' | 'error';
  disabled?: boolean;
  /** Only orgs valid today (default true). */
  activeOnly?: boolean;
}

function label(org: Org): string {
  return org.shortName && org.shortName !== org.name ? `${org.name} (${org.shortName})` : org.name;
}

/** Searchable org picker; "so giao duc" finds "Sở Giáo dục và Đào tạo". */
export function OrgSelect({
  value,
  onChange,
  placeholder,
  allowClear = true,
  activeOnly = true,
  ...rest
}: OrgSelectProps) {
  const t = useT();
  const { data, isLoading } = useOrgs();
  const options = useMemo(
    () =>
      (data ?? [])
        .filter((o) => !activeOnly || !o.validTo)
        .map((o) => ({
          value: o.id,
          label: label(o),
          search: fold([o.name, o.shortName ?? '', o.code, ...o.aliases].join(' | ')),
        })),
    [data, activeOnly],
  );
  return (
    <Select
      {...rest}
      showSearch={{
        filterOption: (input, option) => Boolean(option?.search.includes(fold(input))),
      }}
      value={value ?? undefined}
      onChange={(v) => onChange?.((v as string | undefined) ?? undefined)}
      options={options}
      loading={isLoading}
      allowClear={allowClear}
      placeholder={placeholder ?? t('org.pick')}
      notFoundContent={t('common.noMatch')}
      popupMatchSelectWidth={false}
    />
  );
}
