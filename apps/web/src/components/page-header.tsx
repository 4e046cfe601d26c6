import { Flex, Typography } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { useT } from '../i18n/index.tsx';

/** The page's title (also the document title) with its actions on the right. */
export function PageHeader({
  title,
  subtitle,
  extra,
}: {
  title: string;
  subtitle?: ReactNode;
  extra?: ReactNode;
}) {
  const t = useT();
  useEffect(() => {
    document.title = `${title} — ${t('app.name')}`;
  }, [title, t]);
  return (
    <Flex
      className="page-header"
      justify="space-between"
      align="flex-start"
      wrap
      gap={12}
      style={{ marginBottom: 16 }}
    >
      <div style={{ minWidth: 0 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {subtitle ? <Typography.Text type="secondary">{subtitle}</Typography.Text> : null}
      </div>
      {extra ? (
        <Flex gap={8} wrap>
          {extra}
        </Flex>
      ) : null}
    </Flex>
  );
}
