import { ExclamationCircleOutlined, InfoCircleOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

const ICON: Record<'info' | 'warning' | 'error', { icon: ReactNode; color: string }> = {
  info: { icon: <InfoCircleOutlined />, color: '#1d4f91' },
  warning: { icon: <ExclamationCircleOutlined />, color: '#b7791f' },
  error: { icon: <ExclamationCircleOutlined />, color: '#b42318' },
};

/**
 * A calm, centred message with an icon, a title, a line of explanation and actions. (Ant
 * Design's Result carries large illustrations in every bundle that uses it; this does not.)
 */
export function StateBox({
  kind = 'info',
  icon,
  title,
  subtitle,
  extra,
  ...rest
}: {
  kind?: 'info' | 'warning' | 'error';
  icon?: ReactNode;
  title: ReactNode;
  subtitle?: ReactNode;
  extra?: ReactNode;
  'data-testid'?: string;
}) {
  const look = ICON[kind];
  return (
    <Flex
      vertical
      align="center"
      gap={8}
      style={{ padding: '40px 16px', textAlign: 'center' }}
      {...rest}
    >
      <span aria-hidden style={{ fontSize: 44, color: look.color, lineHeight: 1 }}>
        {icon ?? look.icon}
      </span>
      <Typography.Title level={4} style={{ margin: '8px 0 0' }}>
        {title}
      </Typography.Title>
      {subtitle ? (
        <Typography.Text type="secondary" style={{ maxWidth: 560 }}>
          {subtitle}
        </Typography.Text>
      ) : null}
      {extra ? <div style={{ marginTop: 12 }}>{extra}</div> : null}
    </Flex>
  );
}
