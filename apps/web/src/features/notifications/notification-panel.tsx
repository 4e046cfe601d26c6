/**
 * The latest notifications of the signed-in user: reminders before and after a task's due
 * date, a coordinator's input date, digests. Opening one marks it read and goes to its task.
 * @module
 */
import { CheckOutlined } from '@ant-design/icons';
import type { Notification } from '@ketluan/contracts';
import { Button, Flex, Segmented, Switch, Tooltip, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useMe, useUpdateMe } from '../../api/auth.ts';
import { notificationPath, useMarkRead, useNotifications } from '../../api/notifications.ts';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { type MessageKey, useT } from '../../i18n/index.tsx';

const KIND_COLOR: Record<string, string> = {
  overdue: '#b42318',
  input_overdue: '#b42318',
  due_today: '#d97706',
  input_due_today: '#d97706',
  due_soon: '#b7791f',
  input_due_soon: '#b7791f',
};

function Item({
  n,
  onOpen,
  onRead,
}: {
  n: Notification;
  onOpen: (n: Notification) => void;
  onRead: (n: Notification) => void;
}) {
  const t = useT();
  const unread = !n.readAt;
  return (
    <li className={unread ? 'notice unread' : 'notice'} data-testid="notification">
      <button type="button" className="notice-open" onClick={() => onOpen(n)}>
        <span className="notice-kind" style={{ color: KIND_COLOR[n.kind] ?? '#1d4f91' }}>
          {t(`notifyKind.${n.kind}` as MessageKey)}
          {unread ? <span className="sr-only"> · {t('notify.unread')}</span> : null}
        </span>
        <span className="notice-title">{n.title}</span>
        <Typography.Paragraph
          type="secondary"
          ellipsis={{ rows: 2 }}
          style={{ margin: 0, fontSize: 12 }}
        >
          {n.body}
        </Typography.Paragraph>
        <Typography.Text type="secondary" style={{ fontSize: 11 }}>
          {formatDateTime(n.createdAt)}
        </Typography.Text>
      </button>
      {unread ? (
        <Tooltip title={t('notify.markRead')}>
          <Button
            type="text"
            size="small"
            icon={<CheckOutlined />}
            aria-label={t('notify.markReadOf', { title: n.title })}
            onClick={() => onRead(n)}
          />
        </Tooltip>
      ) : null}
    </li>
  );
}

export default function NotificationPanel({ onClose }: { onClose: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = useNotifications({ unreadOnly });
  const markRead = useMarkRead();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const items = list.data?.items ?? [];
  const unreadIds = items.filter((n) => !n.readAt).map((n) => n.id);

  const open = (n: Notification) => {
    if (!n.readAt) markRead.mutate([n.id]);
    const path = notificationPath(n);
    onClose();
    if (path) navigate(path);
  };

  return (
    <section
      className="notice-panel"
      aria-labelledby="notice-heading"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
      data-testid="notification-panel"
    >
      <Flex justify="space-between" align="center" gap={8} className="notice-head">
        <h2 id="notice-heading" ref={heading} tabIndex={-1}>
          {t('notify.title')}
        </h2>
        <Segmented<'all' | 'unread'>
          size="small"
          aria-label={t('notify.show')}
          value={unreadOnly ? 'unread' : 'all'}
          onChange={(v) => setUnreadOnly(v === 'unread')}
          options={[
            { value: 'all', label: t('notify.all') },
            { value: 'unread', label: t('notify.unreadOnly') },
          ]}
        />
      </Flex>
      <div className="notice-body">
        {list.error ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : list.isPending ? (
          <div style={{ padding: 16 }}>
            <LoadingState rows={3} />
          </div>
        ) : items.length === 0 ? (
          <EmptyState title={unreadOnly ? t('notify.noneUnread') : t('notify.none')} />
        ) : (
          <ul className="notice-list">
            {items.map((n) => (
              <Item key={n.id} n={n} onOpen={open} onRead={(x) => markRead.mutate([x.id])} />
            ))}
          </ul>
        )}
      </div>
      <Flex justify="space-between" align="center" gap={8} className="notice-foot">
        <Flex vertical gap={4}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('notify.help')}
          </Typography.Text>
          <DigestOnlySwitch />
        </Flex>
        {unreadIds.length ? (
          <Button
            type="link"
            size="small"
            loading={markRead.isPending}
            onClick={() => markRead.mutate(unreadIds)}
          >
            {t('notify.markAllRead')}
          </Button>
        ) : null}
      </Flex>
    </section>
  );
}

/** The user's own choice to get reminders by the daily digest e-mail only. */
function DigestOnlySwitch() {
  const t = useT();
  const me = useMe().data;
  const update = useUpdateMe();
  if (!me) return null;
  return (
    <Flex gap={6} align="center">
      <Switch
        size="small"
        id="digest-only"
        checked={me.digestOnly}
        loading={update.isPending}
        onChange={(digestOnly) => update.mutate({ digestOnly })}
      />
      <label htmlFor="digest-only" style={{ fontSize: 12 }}>
        {t('users.digestOnly')}
      </label>
    </Flex>
  );
}
