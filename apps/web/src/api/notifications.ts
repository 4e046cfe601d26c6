/**
 * The signed-in user's in-app notifications (reminders before and after due dates, digests):
 * newest first with the unread count, polled every minute; marking one read.
 * @module
 */
import type { Notification } from '@ketluan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';

export interface NotificationPage {
  items: Notification[];
  unreadCount: number;
  nextCursor: string | null;
}

export const notificationsKey = ['notifications'] as const;

export function useNotifications(options: { unreadOnly?: boolean; enabled?: boolean } = {}) {
  const unread = options.unreadOnly ?? false;
  return useQuery({
    queryKey: [...notificationsKey, { unread }],
    queryFn: ({ signal }) =>
      api.get<NotificationPage>(
        '/api/notifications',
        { limit: 15, unread: unread ? 'true' : undefined },
        signal,
      ),
    enabled: options.enabled ?? true,
    staleTime: 30_000,
    refetchInterval: 60_000,
    refetchIntervalInBackground: false,
    retry: false,
  });
}

export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (ids: string[]) =>
      Promise.all(ids.map((id) => api.post<{ ok: true }>(`/api/notifications/${id}/read`))),
    onMutate: (ids) => {
      // Shown read at once; the refetch below confirms it.
      const now = new Date().toISOString();
      qc.setQueriesData<NotificationPage>({ queryKey: notificationsKey }, (page) =>
        page
          ? {
              ...page,
              items: page.items.map((n) =>
                ids.includes(n.id) && !n.readAt ? { ...n, readAt: now } : n,
              ),
              unreadCount: Math.max(
                0,
                page.unreadCount - page.items.filter((n) => ids.includes(n.id) && !n.readAt).length,
              ),
            }
          : page,
      );
    },
    onSettled: () => qc.invalidateQueries({ queryKey: notificationsKey }),
  });
}

/** The web-app path a notification opens: its link (made relative), else its task. */
export function notificationPath(n: Pick<Notification, 'link' | 'taskId'>): string | null {
  if (n.link) {
    if (n.link.startsWith('/')) return n.link;
    try {
      const url = new URL(n.link);
      return url.pathname + url.search + url.hash;
    } catch {
      // not an address: fall back to the task
    }
  }
  return n.taskId ? `/tasks/${n.taskId}` : null;
}
