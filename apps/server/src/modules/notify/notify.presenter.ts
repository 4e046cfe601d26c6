import type { Notification, NotificationKind } from '@ketluan/contracts';
import type { Selectable } from 'kysely';
import type { NotificationsTable } from '../../db/schema.ts';

/** The wire shape of an in-app notification. */
export const presentNotification = (row: Selectable<NotificationsTable>): Notification => ({
  id: row.id,
  kind: row.kind as NotificationKind,
  taskId: row.task_id,
  title: row.title,
  body: row.body,
  link: row.link,
  createdAt: row.created_at,
  readAt: row.read_at,
});
