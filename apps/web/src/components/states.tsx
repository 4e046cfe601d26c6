/**
 * Friendly states: loading, empty, error (the server's Vietnamese message is shown as is),
 * and "in development" for a screen whose API is still being built.
 * @module
 */
import { ToolOutlined } from '@ant-design/icons';
import { Button, Empty, Skeleton, Typography } from 'antd';
import type { ReactNode } from 'react';
import { ApiError, isRouteMissing } from '../api/client.ts';
import { useT } from '../i18n/index.tsx';
import { StateBox } from './state-box.tsx';

export function LoadingState({ rows = 4 }: { rows?: number }) {
  const t = useT();
  return (
    <div role="status" aria-live="polite" aria-label={t('common.loading')}>
      <Skeleton active paragraph={{ rows }} />
    </div>
  );
}

export function EmptyState({ title, children }: { title: ReactNode; children?: ReactNode }) {
  return (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={<Typography.Text type="secondary">{title}</Typography.Text>}
    >
      {children}
    </Empty>
  );
}

export function InDevelopment({ feature, needs }: { feature: ReactNode; needs?: string[] }) {
  const t = useT();
  return (
    <StateBox
      icon={<ToolOutlined />}
      kind="info"
      title={t('dev.title')}
      subtitle={
        <>
          <div>{t('dev.body', { feature: String(feature) })}</div>
          {needs && needs.length > 0 ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('dev.needs')} <code>{needs.join(', ')}</code>
            </Typography.Text>
          ) : null}
        </>
      }
      data-testid="in-development"
    />
  );
}

/** The message a person should read for any error. */
export function useErrorMessage(): (error: unknown) => string {
  const t = useT();
  return (error) => {
    if (error instanceof ApiError) {
      if (error.code === 'network_error') return t('error.network');
      if (error.status === 403 && !error.message) return t('error.forbidden');
      return error.message || t('error.generic');
    }
    return t('error.generic');
  };
}

export function ErrorState({
  error,
  onRetry,
  feature,
}: {
  error: unknown;
  onRetry?: () => void;
  feature?: string;
}) {
  const t = useT();
  const message = useErrorMessage();
  if (isRouteMissing(error)) return <InDevelopment feature={feature ?? t('dev.thisScreen')} />;
  const status = error instanceof ApiError ? error.status : 0;
  return (
    <StateBox
      kind={status >= 500 || status === 0 ? 'error' : 'warning'}
      title={status === 404 ? t('error.notFound') : t('error.title')}
      subtitle={<span role="alert">{message(error)}</span>}
      extra={
        onRetry ? (
          <Button type="primary" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : null
      }
    />
  );
}
