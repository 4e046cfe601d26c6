/**
 * The bell in the header: the unread count (polled every minute), and on click the latest
 * notifications (loaded as a chunk of their own the first time).
 * @module
 */
import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Popover } from 'antd';
import { lazy, Suspense, useRef, useState } from 'react';
import { useNotifications } from '../api/notifications.ts';
import { LoadingState } from '../components/states.tsx';
import { useT } from '../i18n/index.tsx';

const NotificationPanel = lazy(() => import('../features/notifications/notification-panel.tsx'));

export function NotificationBell() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const { data } = useNotifications();
  const unread = data?.unreadCount ?? 0;
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      placement="bottomRight"
      arrow={false}
      destroyOnHidden
      styles={{ container: { padding: 0 } }}
      content={
        <Suspense
          fallback={
            <div style={{ width: 360, padding: 16 }}>
              <LoadingState rows={3} />
            </div>
          }
        >
          <NotificationPanel onClose={close} />
        </Suspense>
      }
    >
      <Button
        ref={button}
        type="text"
        aria-label={unread ? t('notify.bellUnread', { n: unread }) : t('notify.bell')}
        aria-haspopup="dialog"
        aria-expanded={open}
        data-testid="notification-bell"
        style={{ height: 40, width: 40 }}
        icon={
          <Badge count={unread} size="small" overflowCount={99} offset={[2, -2]}>
            <BellOutlined style={{ fontSize: 18 }} />
          </Badge>
        }
      />
    </Popover>
  );
}
