import { Flex, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/index.tsx';

/** One extracted field: its label, how sure the parser was, and its editor. */
export function FieldRow({
  label,
  confidence,
  missing,
  children,
}: {
  label: string;
  confidence?: number | null;
  missing?: boolean;
  children: ReactNode;
}) {
  const t = useT();
  const low = confidence !== undefined && confidence !== null && confidence < 0.8;
  return (
    <div style={{ marginBottom: 12 }}>
      <Flex gap={8} align="center" style={{ marginBottom: 4 }}>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {label}
        </Typography.Text>
        {missing ? <Tag color="orange">{t('imports.notFound')}</Tag> : null}
        {low ? (
          <Tooltip
            title={t('imports.lowConfidenceHelp', { p: Math.round((confidence ?? 0) * 100) })}
          >
            <Tag color="gold">{t('imports.check')}</Tag>
          </Tooltip>
        ) : null}
      </Flex>
      {children}
    </div>
  );
}
