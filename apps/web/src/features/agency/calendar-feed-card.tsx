/**
 * The agency's calendar feed: a secret iCalendar address with the deadlines of its open
 * tasks (and of the inputs it owes as coordinator), to subscribe to in Google Calendar,
 * Outlook or a phone. The address is shown once, when created or replaced; revoking it stops
 * every calendar that used it. A chunk of its own, below the tasks.
 * @module
 */
import { CalendarOutlined, ReloadOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Collapse, Flex, Typography } from 'antd';
import { useState } from 'react';
import {
  useCalendarTokenStatus,
  useRevokeCalendarToken,
  useRotateCalendarToken,
} from '../../api/calendar-feed.ts';
import { ErrorState, LoadingState, useErrorMessage } from '../../components/states.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useT } from '../../i18n/index.tsx';

export default function CalendarFeedCard({ orgId }: { orgId: string }) {
  const t = useT();
  const { modal, message } = App.useApp();
  const errorMessage = useErrorMessage();
  const status = useCalendarTokenStatus(orgId);
  const rotate = useRotateCalendarToken(orgId);
  const revoke = useRevokeCalendarToken(orgId);
  const [url, setUrl] = useState<string | null>(null);
  const active = status.data?.active ?? false;

  const create = () =>
    rotate.mutate(undefined, {
      onSuccess: (token) => {
        setUrl(token.url);
        message.success(t('calendar.created'));
      },
    });
  const confirmRotate = () =>
    modal.confirm({
      title: t('calendar.rotateTitle'),
      content: t('calendar.rotateBody'),
      okText: t('calendar.rotate'),
      cancelText: t('common.cancel'),
      onOk: create,
    });
  const confirmRevoke = () =>
    modal.confirm({
      title: t('calendar.revokeTitle'),
      content: t('calendar.revokeBody'),
      okText: t('calendar.revoke'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        revoke.mutate(undefined, {
          onSuccess: () => {
            setUrl(null);
            message.success(t('calendar.revoked'));
          },
        }),
    });

  const error = rotate.error ?? revoke.error;
  return (
    <Card
      title={
        <span>
          <CalendarOutlined /> {t('calendar.title')}
        </span>
      }
      style={{ height: '100%' }}
      data-testid="calendar-feed"
    >
      <Typography.Paragraph>{t('calendar.intro')}</Typography.Paragraph>
      {status.error ? (
        <ErrorState error={status.error} onRetry={() => void status.refetch()} />
      ) : status.isPending ? (
        <LoadingState rows={2} />
      ) : (
        <>
          {error ? (
            <Alert
              type="error"
              showIcon
              role="alert"
              title={errorMessage(error)}
              style={{ marginBottom: 12 }}
            />
          ) : null}
          {url ? (
            <Alert
              type="success"
              showIcon
              style={{ marginBottom: 12 }}
              title={t('calendar.urlTitle')}
              description={
                <>
                  <Typography.Paragraph
                    copyable={{ text: url, tooltips: [t('calendar.copy'), t('calendar.copied')] }}
                    code
                    style={{ wordBreak: 'break-all', margin: '4px 0' }}
                    data-testid="calendar-url"
                  >
                    {url}
                  </Typography.Paragraph>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('calendar.shownOnce')}
                  </Typography.Text>
                </>
              }
            />
          ) : active ? (
            <Typography.Paragraph type="secondary">
              {t('calendar.active', { date: formatDateTime(status.data?.createdAt) })}
            </Typography.Paragraph>
          ) : (
            <Typography.Paragraph type="secondary">{t('calendar.none')}</Typography.Paragraph>
          )}
          <Flex gap={8} wrap>
            {active ? (
              <>
                <Button
                  icon={<ReloadOutlined />}
                  loading={rotate.isPending}
                  onClick={confirmRotate}
                >
                  {t('calendar.rotate')}
                </Button>
                <Button
                  danger
                  icon={<StopOutlined />}
                  loading={revoke.isPending}
                  onClick={confirmRevoke}
                >
                  {t('calendar.revoke')}
                </Button>
              </>
            ) : (
              <Button
                type="primary"
                icon={<CalendarOutlined />}
                loading={rotate.isPending}
                onClick={create}
              >
                {t('calendar.create')}
              </Button>
            )}
          </Flex>
          <Collapse
            ghost
            size="small"
            style={{ marginTop: 12, marginLeft: -16 }}
            items={[
              {
                key: 'how',
                label: t('calendar.howTo'),
                children: (
                  <ul style={{ margin: 0, paddingLeft: 20 }}>
                    <li>{t('calendar.howGoogle')}</li>
                    <li>{t('calendar.howOutlook')}</li>
                    <li>{t('calendar.howPhone')}</li>
                    <li>{t('calendar.howSafe')}</li>
                  </ul>
                ),
              },
            ]}
          />
        </>
      )}
    </Card>
  );
}
